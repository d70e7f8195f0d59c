package org.sobujang.query;

import java.util.OptionalLong;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.sobujang.query.positions.EventPositions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The event store of the HTTP tests: in memory, so this module's tests need no PostgreSQL. Its global indexes start
 * at 1, as the JDBC event store's do, and its positions are read from the same engine the processors read.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryEventStore {

    @Bean
    InMemoryEventStorageEngine storageEngine() {
        return new InMemoryEventStorageEngine(1);
    }

    @Bean
    EmbeddedEventStore eventStore(InMemoryEventStorageEngine storageEngine) {
        return EmbeddedEventStore.builder().storageEngine(storageEngine).build();
    }

    @Bean
    EventPositions eventPositions(InMemoryEventStorageEngine storageEngine) {
        return new EventPositions() {
            @Override
            public OptionalLong globalIndexOf(String eventIdentifier) {
                try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
                    return events.filter(event -> event.getIdentifier().equals(eventIdentifier))
                                 .mapToLong(event -> event.trackingToken().position().orElseThrow())
                                 .findFirst();
                }
            }

            @Override
            public OptionalLong head() {
                TrackingToken head = storageEngine.createHeadToken();
                return head == null ? OptionalLong.empty() : head.position();
            }
        };
    }
}
