package org.sobujang.command.bus;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.sobujang.command.security.CallerResolver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consistency tokens, command metrics and the principal on every command and event. The interceptors are registered here rather than exposed as beans, because
 * Axon's Spring Boot support registers every MessageHandlerInterceptor bean it finds, on event processors too.
 */
@Configuration
class CommandBusConfiguration {

    /**
     * The auto-configured event store ("eventBus") takes its monitor from Axon's configuration, so it is set there.
     * Static: Axon's configurer is built before the command bus, which this configuration's other bean needs.
     */
    @Bean
    static ConfigurerModule publishedEventRecorder() {
        PublishedEventRecorder recorder = new PublishedEventRecorder();
        return configurer -> configurer.configureMessageMonitor(EventStore.class, configuration -> recorder);
    }

    /** Copies the principal of the command into each event it causes (docs/security.md). */
    @Bean
    CorrelationDataProvider principalCorrelation() {
        return new SimpleCorrelationDataProvider(PrincipalMetaData.PRINCIPAL, PrincipalMetaData.PRINCIPAL_FIRM);
    }

    /**
     * Axon's own correlationId/traceId provider is conditional on there being no CorrelationDataProvider bean at
     * all, so with the one above it has to be declared too; the query side's history reads those keys.
     */
    @Bean
    CorrelationDataProvider originCorrelation() {
        return new MessageOriginProvider();
    }

    @Bean
    InitializingBean commandInterceptors(CommandBus commandBus, JdbcTemplate eventStore, MeterRegistry registry,
                                         CallerResolver callers) {
        return () -> {
            commandBus.registerDispatchInterceptor(new PrincipalMetaData(callers));
            commandBus.registerHandlerInterceptor(new CommandMetricsInterceptor(registry));
            commandBus.registerHandlerInterceptor(new ConsistencyTokenInterceptor(eventStore));
        };
    }
}
