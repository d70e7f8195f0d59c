package org.sobujang.query.processors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.sobujang.query.positions.StoredTokens.StoredToken;
import org.sobujang.query.positions.StoredTokens;
import org.sobujang.query.positions.StreamingProcessors;

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
    /** Axon builds its processors once, at start; until then (an empty list) they are looked up again. */
    private volatile Map<String, StreamingEventProcessor> byName = Map.of();

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

    /**
     * The segments this process is processing, as processor, segment identifier and mask: a split or merge changes
     * the answer, so a picture taken under one answer is known to be out of date under another. From memory only.
     */
    public Set<String> liveSegments() {
        Set<String> live = new HashSet<>();
        for (StreamingEventProcessor processor : processors()) {
            for (EventTrackerStatus status : processor.processingStatus().values()) {
                live.add(processor.getName() + '/' + status.getSegment().getSegmentId() + '/'
                         + status.getSegment().getMask());
            }
        }
        return live;
    }

    /** The live position of a segment this process is processing, or null if it is not processing it. */
    public TrackingToken liveToken(String processor, int segment) {
        StreamingEventProcessor p = processorsByName().get(processor);
        EventTrackerStatus status = p == null ? null : p.processingStatus().get(segment);
        return status == null ? null : status.getTrackingToken();
    }

    private Iterable<StreamingEventProcessor> processors() {
        return processorsByName().values();
    }

    private Map<String, StreamingEventProcessor> processorsByName() {
        Map<String, StreamingEventProcessor> known = byName;
        if (known.isEmpty()) {
            Map<String, StreamingEventProcessor> found = new LinkedHashMap<>();
            processors.all().forEach(p -> found.put(p.getName(), p));
            known = Map.copyOf(found);
            byName = known;
        }
        return known;
    }
}
