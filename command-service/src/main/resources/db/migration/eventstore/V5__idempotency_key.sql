-- Idempotency keys of accepted commands (header Idempotency-Key), written in the transaction that records the
-- command's events, with the answer the client was given; a retry with the same key is answered from here.
CREATE TABLE idempotency_key (
    caller            VARCHAR(255) NOT NULL,
    idempotency_key   VARCHAR(255) NOT NULL,
    fingerprint       CHAR(64)     NOT NULL,
    status            INTEGER,
    content_type      VARCHAR(255),
    body              BYTEA,
    consistency_token VARCHAR(255),
    recorded_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_key_recorded_at ON idempotency_key (recorded_at);
