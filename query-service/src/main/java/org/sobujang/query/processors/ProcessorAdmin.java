package org.sobujang.query.processors;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.positions.StoredTokens.StoredToken;
import org.sobujang.query.positions.StoredTokens;
import org.sobujang.query.positions.StreamingProcessors;
import org.sobujang.query.positions.TokenPositions;
import org.sobujang.query.processors.ProjectionInfrastructure;

/** Stops, starts and replays this instance's processors, and says where they stand. */
public class ProcessorAdmin {

    public record ProcessorStatus(String name, boolean running, boolean replaying, boolean error, int segmentCount,
                                  List<SegmentStatus> segments) {
    }

    /** A segment claimed by this instance. */
    public record SegmentStatus(int segment, long position, boolean caughtUp, boolean replaying, boolean error) {
    }

    public static final class UnknownProcessor extends RuntimeException {
        UnknownProcessor(String name) {
            super("No streaming event processor named '" + name + "'");
        }
    }

    public static final class ResetConflict extends RuntimeException {
        ResetConflict(String message) {
            super(message);
        }
    }

    private final StreamingProcessors processors;
    private final StoredTokens storedTokens;
    private final NodeIdentity node;
    private final Clock clock;

    public ProcessorAdmin(StreamingProcessors processors, StoredTokens storedTokens, NodeIdentity node, Clock clock) {
        this.processors = processors;
        this.storedTokens = storedTokens;
        this.node = node;
        this.clock = clock;
    }

    public List<ProcessorStatus> all() {
        Map<String, List<StoredToken>> stored = storedTokens.all();
        return processors.all().stream().map(p -> status(p, stored)).toList();
    }

    public ProcessorStatus stop(String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        return status(processor, storedTokens.all());
    }

    public ProcessorStatus start(String name) {
        StreamingEventProcessor processor = processor(name);
        processor.start();
        return status(processor, storedTokens.all());
    }

    /**
     * Replays the processor from the start of the event store: its reset handlers clear the read model, then the
     * processor runs again from a replay token. A segment a peer still claims cannot be reset from here; the peer's
     * processor must be stopped first, or it would keep writing into the read model being rebuilt.
     */
    public ProcessorStatus reset(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new ResetConflict("Processor '" + name + "' has handlers that do not support a reset");
        }
        Optional<StoredToken> foreign = claimedElsewhere(name);
        if (foreign.isPresent()) {
            throw conflict(name, foreign.get().segment(), foreign.get().owner());
        }
        boolean wasRunning = processor.isRunning();
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            // A peer claimed a segment between the check and the reset; nothing was reset, so resume as before.
            if (wasRunning) {
                processor.start();
            }
            StoredToken claimed = claimedElsewhere(name).orElse(null);
            throw conflict(name, claimed == null ? -1 : claimed.segment(),
                    claimed == null ? "another instance" : claimed.owner());
        }
        processor.start();
        return status(processor, storedTokens.all());
    }

    private Optional<StoredToken> claimedElsewhere(String name) {
        return storedTokens.all().getOrDefault(name, List.of()).stream()
                           .filter(t -> t.claimedByOtherThan(node.id(), clock.instant(),
                                   ProjectionInfrastructure.CLAIM_TIMEOUT))
                           .findFirst();
    }

    private static ResetConflict conflict(String name, int segment, String owner) {
        String where = segment < 0 ? "A segment" : "Segment " + segment;
        return new ResetConflict(where + " of processor '" + name + "' is claimed by instance '" + owner
                                 + "'. Stop the processor there first (POST /admin/processors/" + name
                                 + "/stop on that instance), then reset it here.");
    }

    private StreamingEventProcessor processor(String name) {
        return processors.named(name).orElseThrow(() -> new UnknownProcessor(name));
    }

    private static ProcessorStatus status(StreamingEventProcessor processor, Map<String, List<StoredToken>> stored) {
        List<SegmentStatus> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(ProcessorAdmin::segment)
                .toList();
        return new ProcessorStatus(processor.getName(), processor.isRunning(), processor.isReplaying(),
                processor.isError(), stored.getOrDefault(processor.getName(), List.of()).size(), segments);
    }

    private static SegmentStatus segment(EventTrackerStatus status) {
        return new SegmentStatus(status.getSegment().getSegmentId(), TokenPositions.position(status.getTrackingToken()),
                status.isCaughtUp(), status.isReplaying(), status.isErrorState());
    }
}
