package org.sobujang.command.bus;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consistency tokens and command metrics. The interceptors are registered here rather than exposed as beans, because
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

    @Bean
    InitializingBean commandInterceptors(CommandBus commandBus, JdbcTemplate eventStore, MeterRegistry registry) {
        return () -> {
            commandBus.registerHandlerInterceptor(new CommandMetricsInterceptor(registry));
            commandBus.registerHandlerInterceptor(new ConsistencyTokenInterceptor(eventStore));
        };
    }
}
