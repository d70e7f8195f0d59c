package org.sobujang.command;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.sobujang.api.firm.FirmCapabilityDeclaredUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EventStoreConfiguration {

    /**
     * Earlier stored versions of events, read by aggregates (Axon's Spring Boot support puts every upcaster bean in
     * the chain its storage engine reads through). In the embedded default the query side finds this one and adds
     * none of its own.
     */
    @Bean
    FirmCapabilityDeclaredUpcaster firmCapabilityDeclaredUpcaster() {
        return new FirmCapabilityDeclaredUpcaster();
    }

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Axon's default JDBC resolver only recognises SQLIntegrityConstraintViolationException, which the PostgreSQL
     * driver never throws; without this a concurrent append would surface as a generic EventStoreException instead
     * of the ConcurrencyException / AggregateStreamCreationException that the command dispatcher retries.
     */
    @Bean
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return exception -> {
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }
}
