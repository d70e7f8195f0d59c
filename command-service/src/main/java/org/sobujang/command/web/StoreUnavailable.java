package org.sobujang.command.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a command failed because the event store could not be reached or went away mid-command (a restart, a
 * crash). Its transaction almost certainly did not commit (only a connection lost during the commit itself leaves
 * that open), so the client is told to send it again, with an Idempotency-Key to be safe.
 */
public final class StoreUnavailable {

    private static final String CLOSED_CONNECTION = "Connection is closed";

    private StoreUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            // connection exceptions (08...), operator intervention: admin or crash shutdown, cannot connect now (57P0x)
            if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the pool's stand-in for a connection it evicted as broken earlier in the same transaction (HikariCP
            // throws this without an SQLState)
            if (t instanceof SQLException sql && sql.getSQLState() == null
                && CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
