package org.sobujang.query.eventsource;

import org.springframework.jdbc.core.JdbcTemplate;

/** The event table as command-service's V1 migration creates it: unquoted camelCase, folded to lower case. */
public final class EventTable {

    private EventTable() {
    }

    public static void create(JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE SEQUENCE domainevententry_globalindex_seq INCREMENT BY 1 START WITH 1 CACHE 1;
                CREATE TABLE DomainEventEntry (
                    globalIndex         BIGINT       NOT NULL DEFAULT nextval('domainevententry_globalindex_seq'),
                    aggregateIdentifier VARCHAR(255) NOT NULL,
                    sequenceNumber      BIGINT       NOT NULL,
                    type                VARCHAR(255),
                    eventIdentifier     VARCHAR(255) NOT NULL,
                    metaData            BYTEA,
                    payload             BYTEA        NOT NULL,
                    payloadRevision     VARCHAR(255),
                    payloadType         VARCHAR(255) NOT NULL,
                    timeStamp           VARCHAR(255) NOT NULL,
                    PRIMARY KEY (globalIndex),
                    UNIQUE (aggregateIdentifier, sequenceNumber),
                    UNIQUE (eventIdentifier)
                );""");
    }
}
