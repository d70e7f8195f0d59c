-- Reports of CSV imports, kept with the event store so that a restart keeps them. The import's thread writes its
-- counters while it runs; errors are a JSON array of {line, column, value, message}, capped in length by the service.
CREATE TABLE import_report (
    import_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind          VARCHAR(32)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    rows_read     INTEGER      NOT NULL DEFAULT 0,
    rows_accepted INTEGER      NOT NULL DEFAULT 0,
    rows_rejected INTEGER      NOT NULL DEFAULT 0,
    errors        TEXT         NOT NULL DEFAULT '[]',
    started_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ
);
