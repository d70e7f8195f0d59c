package org.sobujang.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

/**
 * The failures seen when PostgreSQL was killed under load (SplitTopologyIT): each must be told apart from a defect,
 * so that the client is answered 503 and sends the command again.
 */
class StoreUnavailableTest {

    @Test
    void aConnectionLostMidCommandIsTheStoreBeingUnavailable() {
        assertThat(StoreUnavailable.causes(new EventStoreException("Error reading aggregate snapshot [firm:x]",
                new SQLException("An I/O error occurred while sending to the backend.", "08006",
                        new SocketException("Broken pipe"))))).isTrue();
        assertThat(StoreUnavailable.causes(new SQLException("FATAL: terminating connection due to unexpected "
                                                            + "postmaster exit", "57P01"))).isTrue();
        // the pool evicted the broken connection; the transaction's next statement meets its closed stand-in
        assertThat(StoreUnavailable.causes(new JdbcException("Failed to create a SQL statement",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(StoreUnavailable.causes(new JdbcException("Failed to create a SQL statement",
                new SQLException("syntax error at or near \"SELEC\"", "42601")))).isFalse();
        assertThat(StoreUnavailable.causes(new SQLException("something else"))).isFalse();
        assertThat(StoreUnavailable.causes(new IllegalStateException("a defect"))).isFalse();
    }
}
