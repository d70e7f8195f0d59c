package org.sobujang.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Appends events as their aggregates would, numbering each aggregate's events from 0. */
public final class EventFeed {

    private final EventStore eventStore;
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = Instant.parse("2019-07-11T00:00:00Z");
    private String lastEventId;

    public EventFeed(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public EventFeed append(String aggregateId, Object... payloads) {
        return appendWithMetaData(aggregateId, Map.of(), payloads);
    }

    /** As a command handler would, with the metadata Axon and the command's sender attach. */
    public EventFeed appendWithMetaData(String aggregateId, Map<String, ?> metaData, Object... payloads) {
        for (Object payload : payloads) {
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            clock = clock.plusSeconds(1);
            lastEventId = UUID.randomUUID().toString();
            DomainEventMessage<?> message = new GenericDomainEventMessage<>(aggregateId.substring(0,
                    aggregateId.indexOf(':')), aggregateId, sequence, payload, metaData, lastEventId, clock);
            eventStore.publish(List.of(message));
        }
        return this;
    }

    /** The identifier of the event appended last: what a command's response hands out as consistency token. */
    public String lastEventId() {
        return lastEventId;
    }
}
