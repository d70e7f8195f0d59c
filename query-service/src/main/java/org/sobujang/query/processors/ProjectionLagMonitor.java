package org.sobujang.query.processors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.TrackingToken;
import org.sobujang.query.positions.EventPositions;
import org.sobujang.query.processors.ProcessorPositions.SegmentPosition;

/** Measures the projections' lag against the shared event store, across all instances' segments. */
public class ProjectionLagMonitor {

    private final EventPositions events;
    private final ProcessorPositions positions;

    public ProjectionLagMonitor(EventPositions events, ProcessorPositions positions) {
        this.events = events;
        this.positions = positions;
    }

    public ProjectionLag current() {
        // Tokens first: a head read afterwards can only overstate the lag, never hide it.
        Map<String, List<TrackingToken>> tokens = new LinkedHashMap<>();
        positions.current().forEach((processor, segments) -> tokens.put(processor,
                segments.stream().map(SegmentPosition::token).toList()));
        return ProjectionLag.of(events.head(), tokens);
    }
}
