package org.sobujang.query.processors;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.positions.StreamingProcessors;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The balancer against real heartbeats in mongo-java-server, with processors that record what they are told. */
class SegmentBalancerTest {

    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final Duration LIVENESS = Duration.ofSeconds(15);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final TokenStore tokenStore = mock(TokenStore.class);
    private final Map<String, EventProcessor> processors = new LinkedHashMap<>();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aSingleInstanceKeepsEverySegment() {
        StreamingEventProcessor firms = processor("firms", 4, 0, 1, 2, 3);

        balancer("a").balance();

        verify(firms, never()).releaseSegment(anyInt());
    }

    @Test
    void anInstanceHoldingMoreThanItsShareReleasesTheSurplus() {
        StreamingEventProcessor firms = processor("firms", 2, 0, 1);
        StreamingEventProcessor trade = processor("trade", 4, 0, 1, 2, 3);
        heartbeat("b", NOW.minusSeconds(3));

        balancer("a").balance();

        verify(firms).releaseSegment(1);
        verify(firms, never()).releaseSegment(0);
        verify(trade).releaseSegment(3);
        verify(trade).releaseSegment(2);
        verify(trade, never()).releaseSegment(1);
    }

    @Test
    void aPeerThatStoppedBeatingNoLongerTakesAShare() {
        StreamingEventProcessor firms = processor("firms", 2, 0, 1);
        heartbeat("b", NOW.minus(LIVENESS).minusSeconds(1));

        balancer("a").balance();

        verify(firms, never()).releaseSegment(anyInt());
    }

    @Test
    void aStoppedProcessorIsLeftAlone() {
        StreamingEventProcessor firms = processor("firms", 2, 0, 1);
        when(firms.isRunning()).thenReturn(false);
        heartbeat("b", NOW);

        balancer("a").balance();

        verify(firms, never()).releaseSegment(anyInt());
    }

    @Test
    void nothingIsReleasedWhenTheHeartbeatCannotBeWritten() {
        StreamingEventProcessor firms = processor("firms", 2, 0, 1);
        heartbeat("b", NOW);
        SegmentBalancer balancer = balancer("a");
        mongo.close();

        balancer.balance();

        verify(firms, never()).releaseSegment(anyInt());
    }

    private SegmentBalancer balancer(String node) {
        EventProcessingConfiguration configuration = mock(EventProcessingConfiguration.class);
        when(configuration.eventProcessors()).thenReturn(processors);
        return new SegmentBalancer(new StreamingProcessors(configuration), tokenStore, registry(node, NOW));
    }

    private void heartbeat(String node, Instant at) {
        registry(node, at).heartbeat();
    }

    private NodeRegistry registry(String node, Instant at) {
        return new NodeRegistry(template, new NodeIdentity(node), LIVENESS, Clock.fixed(at, ZoneOffset.UTC));
    }

    private StreamingEventProcessor processor(String name, int segments, Integer... held) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processor.isRunning()).thenReturn(true);
        Map<Integer, EventTrackerStatus> status = new LinkedHashMap<>();
        for (int segment : held) {
            status.put(segment, mock(EventTrackerStatus.class));
        }
        when(processor.processingStatus()).thenReturn(status);
        when(tokenStore.fetchSegments(name)).thenReturn(new int[segments]);
        processors.put(name, processor);
        return processor;
    }
}
