package org.sobujang.query.eventsource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Axon's embedded event store as Axon's own auto-configuration builds it, except for how often it looks for events
 * committed by another process (Axon's default: once a second). The projections do not read through its streams
 * (they read the storage engine: {@link PromptMessageSource}); this bounds the delay for any other reader of them.
 * An auto-configuration, so that an application or test defining its own event store keeps it.
 */
@AutoConfiguration(after = {JpaEventStoreAutoConfiguration.class, JdbcAutoConfiguration.class},
                   before = AxonAutoConfiguration.class)
@ConditionalOnBean(EventStorageEngine.class)
public class EventStoreAutoConfiguration {

    @Bean
    @Primary
    @ConditionalOnMissingBean(EventBus.class)
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${sobujang.projections.fetch-delay:25ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                                 .storageEngine(storageEngine)
                                 .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                                 .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                                 .fetchDelay(fetchDelay.toMillis())
                                 .timeUnit(TimeUnit.MILLISECONDS)
                                 .build();
    }
}
