package org.sobujang.query.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.eventsource.EventTable;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Positions read from a real PostgreSQL event table, in the command side's schema (Axon's default names). */
class JdbcEventPositionsTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        EventTable.create(jdbc);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        jdbc.execute("TRUNCATE DomainEventEntry; ALTER SEQUENCE domainevententry_globalindex_seq RESTART WITH 1");
    }

    private static void append(String eventId, String aggregateId, long sequence) {
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                    + "payload, payloadType, timeStamp) VALUES (?, ?, 'firm', ?, '\\x7b7d', 'FirmRegistered', "
                    + "'2019-07-11T00:00:00Z')", aggregateId, sequence, eventId);
    }

    @Test
    void anEventIdentifierResolvesToItsGlobalIndex() {
        append("e-1", "firm:a", 0);
        append("e-2", "firm:b", 0);
        append("e-3", "firm:a", 1);
        EventPositions positions = new JdbcEventPositions(jdbc);

        assertThat(positions.globalIndexOf("e-2")).hasValue(2);
        assertThat(positions.globalIndexOf("e-3")).hasValue(3);
        assertThat(positions.globalIndexOf("no-such-event")).isEmpty();
        assertThat(positions.head()).hasValue(3);
    }

    @Test
    void anEmptyEventStoreHasNoHead() {
        assertThat(new JdbcEventPositions(jdbc).head()).isEmpty();
    }

    @Test
    void theJdbcPositionsAreConfiguredWhenThereIsAnEventStoreToAsk() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EventPositionsAutoConfiguration.class));

        runner.withBean(DataSource.class, postgres::getPostgresDatabase)
              .run(context -> assertThat(context).getBean(EventPositions.class).isInstanceOf(JdbcEventPositions.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(EventPositions.class));
    }
}
