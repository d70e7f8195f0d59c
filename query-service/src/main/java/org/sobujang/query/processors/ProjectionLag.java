package org.sobujang.query.processors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.eventhandling.TrackingToken;
import org.sobujang.query.positions.TokenPositions;

/**
 * How many events each projection is behind the event store's head, measured at its slowest segment: a read model
 * is only as current as its most lagging part.
 *
 * @param head       the newest event's global index, 0 for an empty event store
 * @param processors one entry per processor, in the order given
 */
public record ProjectionLag(long head, List<ProcessorLag> processors) {

    /**
     * @param position the slowest segment's position (0 before any event or without initialized segments)
     * @param lag      events between that position and the head
     */
    public record ProcessorLag(String processor, long position, long lag, int segments) {
    }

    public static ProjectionLag of(OptionalLong head, Map<String, List<TrackingToken>> tokensByProcessor) {
        long top = head.orElse(0);
        List<ProcessorLag> lags = new ArrayList<>();
        tokensByProcessor.forEach((processor, tokens) -> {
            long slowest = tokens.stream().mapToLong(TokenPositions::position).min().orElse(0);
            lags.add(new ProcessorLag(processor, slowest, Math.max(0, top - slowest), tokens.size()));
        });
        return new ProjectionLag(top, List.copyOf(lags));
    }

    /** The lag of the projection furthest behind, 0 without projections. */
    public long worst() {
        return processors.stream().mapToLong(ProcessorLag::lag).max().orElse(0);
    }

    public OptionalLong lagOf(String processor) {
        return processors.stream().filter(lag -> lag.processor().equals(processor))
                         .mapToLong(ProcessorLag::lag).findFirst();
    }
}
