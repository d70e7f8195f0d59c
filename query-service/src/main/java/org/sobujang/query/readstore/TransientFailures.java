package org.sobujang.query.readstore;

import java.net.SocketException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import com.mongodb.MongoClientException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether a projection failed because of its surroundings (the read store unreachable, a primary stepping down, the
 * process shutting down, credentials refused) rather than because of the event it was handling. Such a failure is
 * retried with the whole batch; only a failure that is not transient may park an event (dead-letter queue), since
 * parking on a store outage would set aside every event of the outage.
 */
public final class TransientFailures {

    /** MongoDB error codes of a store that is recovering, stepping down, or refusing the caller's credentials. */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(6, 7, 13, 18, 89, 91, 189, 262, 9001, 10107, 11600,
                                                               11602, 13435, 13436);

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                || t instanceof MongoInterruptedException || t instanceof MongoSecurityException
                || t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof SocketException || t instanceof InterruptedException) {
                return true;
            }
            if (t instanceof MongoCommandException command && TRANSIENT_CODES.contains(command.getErrorCode())) {
                return true;
            }
            // the driver's client was closed under the projection: the process is stopping
            if (t instanceof MongoClientException || t instanceof IllegalStateException) {
                String message = t.getMessage();
                if (message != null && message.contains("state should be: open")) {
                    return true;
                }
            }
        }
        return false;
    }
}
