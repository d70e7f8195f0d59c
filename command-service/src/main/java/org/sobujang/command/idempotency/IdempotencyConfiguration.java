package org.sobujang.command.idempotency;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** Idempotency keys on commands ({@link IdempotentRequests}) and what they need of Axon's transactions. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    /**
     * A root unit of work of Axon's takes part in a transaction already open (an idempotent request's) in a savepoint
     * of its own, so a command refused, or retried after a concurrent write, rolls back only itself; without an open
     * transaction it is Axon's usual one transaction per unit of work. Nested units of work (the command-side
     * directory's event handlers) join their root's transaction as before.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        TransactionManager savepoint = new SpringTransactionManager(
                transactionManager, new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        TransactionManager joining = new SpringTransactionManager(transactionManager);
        return new OutermostInSavepoint(savepoint, joining);
    }

    /** The first transaction Axon opens on a thread gets the savepoint; those it opens inside that one join it. */
    static final class OutermostInSavepoint implements TransactionManager {

        private static final ThreadLocal<int[]> OPEN = ThreadLocal.withInitial(() -> new int[1]);

        private final TransactionManager outermost;
        private final TransactionManager inner;

        OutermostInSavepoint(TransactionManager outermost, TransactionManager inner) {
            this.outermost = outermost;
            this.inner = inner;
        }

        @Override
        public Transaction startTransaction() {
            int[] open = OPEN.get();
            Transaction transaction = (open[0] == 0 ? outermost : inner).startTransaction();
            open[0]++;
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        transaction.commit();
                    } finally {
                        open[0]--;
                    }
                }

                @Override
                public void rollback() {
                    try {
                        transaction.rollback();
                    } finally {
                        open[0]--;
                    }
                }
            };
        }
    }

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc) {
        return new IdempotencyKeys(jdbc);
    }

    /** After Spring Security's filters (the key belongs to the authenticated caller), for the command paths. */
    @Bean
    FilterRegistrationBean<IdempotentRequests> idempotentRequests(IdempotencyKeys keys,
                                                                  PlatformTransactionManager transactionManager,
                                                                  ObjectMapper json) {
        FilterRegistrationBean<IdempotentRequests> registration =
                new FilterRegistrationBean<>(new IdempotentRequests(keys, transactionManager, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    KeyRetention idempotencyKeyRetention(IdempotencyKeys keys,
                                         @Value("${sobujang.idempotency.retention:P1D}") Duration retention) {
        return new KeyRetention(keys, retention);
    }

    /** Keys are answered for {@code sobujang.idempotency.retention} (a day by default), then forgotten. */
    record KeyRetention(IdempotencyKeys keys, Duration retention) {

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
        void forgetOldKeys() {
            int forgotten = keys.forgetOlderThan(retention);
            if (forgotten > 0) {
                LOG.debug("Forgot {} idempotency keys older than {}", forgotten, retention);
            }
        }
    }
}
