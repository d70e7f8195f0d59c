package org.sobujang.query.processors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.sobujang.query.infra.StoredTokens;
import org.sobujang.query.infra.StoredTokens.StoredToken;
import org.sobujang.query.infra.StreamingProcessors;

/**
 * Where every segment of every streaming processor stands, whichever instance holds it. Segments held here report
 * the processor's live position: a segment with nothing to do for an event stores its token only now and then.
 */
public class ProcessorPositions {

    /** One segment's token and who holds it. */
    public record SegmentPosition(int segment, String owner, boolean claimedHere, TrackingToken token) {
    }

    private final StreamingProcessors processors;
    private final StoredTokens storedTokens;

    public ProcessorPositions(StreamingProcessors processors, StoredTokens storedTokens) {
        this.processors = processors;
        this.storedTokens = storedTokens;
    }

    /** By processor name; a processor whose segments are not yet initialized has an empty list. */
    public Map<String, List<SegmentPosition>> current() {
        Map<String, List<StoredToken>> stored = storedTokens.all();
        Map<String, List<SegmentPosition>> positions = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : processors.all()) {
            Map<Integer, EventTrackerStatus> live = processor.processingStatus();
            List<SegmentPosition> segments = new ArrayList<>();
            for (StoredToken token : stored.getOrDefault(processor.getName(), List.of())) {
                EventTrackerStatus status = live.get(token.segment());
                TrackingToken liveToken = status == null ? null : status.getTrackingToken();
                segments.add(new SegmentPosition(token.segment(), token.owner(), status != null,
                        liveToken != null ? liveToken : token.token()));
            }
            positions.put(processor.getName(), segments);
        }
        return positions;
    }
}
