package org.sobujang.query.processors;

import java.util.List;

import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.query.positions.StreamingProcessors;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Spreads every processor's segments over the live instances. Each instance releases what it holds beyond its fair
 * share; a peer with room claims it on its next coordination round. When an instance dies its heartbeat stops, its
 * claims time out, and the survivors' fair share grows until they hold everything again.
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final StreamingProcessors processors;
    private final TokenStore tokenStore;
    private final NodeRegistry nodes;

    public SegmentBalancer(StreamingProcessors processors, TokenStore tokenStore, NodeRegistry nodes) {
        this.processors = processors;
        this.tokenStore = tokenStore;
        this.nodes = nodes;
    }

    @Scheduled(fixedDelayString = "${sobujang.projections.balance-interval:5s}")
    public void balance() {
        int liveNodes;
        try {
            liveNodes = nodes.heartbeat();
        } catch (RuntimeException e) {
            // Without a count of the peers any release could leave segments unowned; keep what is held.
            log.warn("Heartbeat failed, segments left as they are: {}", e.getMessage());
            return;
        }
        for (StreamingEventProcessor processor : processors.all()) {
            if (!processor.isRunning()) {
                continue;
            }
            int total = tokenStore.fetchSegments(processor.getName()).length;
            List<Integer> surplus = FairShare.surplus(processor.processingStatus().keySet(), total, liveNodes);
            for (int segment : surplus) {
                log.info("Releasing segment {} of {}: {} live instances share {} segments", segment,
                        processor.getName(), liveNodes, total);
                processor.releaseSegment(segment);
            }
        }
    }

    @PreDestroy
    public void leave() {
        try {
            nodes.leave();
        } catch (RuntimeException e) {
            log.warn("Could not remove this instance's heartbeat; peers will count it until it expires: {}",
                    e.getMessage());
        }
    }
}
