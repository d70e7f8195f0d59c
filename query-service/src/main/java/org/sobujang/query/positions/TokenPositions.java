package org.sobujang.query.positions;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * How far a segment's tracking token has come in the event store's global order. Axon's own
 * {@code GapAwareTrackingToken.covers} also demands the same gaps below the index, which says nothing about whether
 * one particular event has been handled, so these answers are computed from the token's parts.
 */
public final class TokenPositions {

    private TokenPositions() {
    }

    /** Whether the segment has handled (or passed over) the event at this global index. */
    public static boolean covers(TrackingToken token, long globalIndex) {
        if (token == null) {
            return false;
        }
        if (token instanceof ReplayToken replay) {
            return covers(replay.getCurrentToken(), globalIndex);
        }
        if (token instanceof MergedTrackingToken merged) {
            return covers(merged.lowerSegmentToken(), globalIndex) && covers(merged.upperSegmentToken(), globalIndex);
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            // An index among the gaps is an event whose transaction had not committed when the segment passed it.
            return gapAware.getIndex() >= globalIndex && !gapAware.getGaps().contains(globalIndex);
        }
        return token.position().orElse(-1) >= globalIndex;
    }

    /**
     * The global index up to which the segment has come; 0 before its first event, which is the position before
     * the first index (1) of the JDBC event store.
     */
    public static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        if (token instanceof ReplayToken replay) {
            return position(replay.getCurrentToken());
        }
        if (token instanceof MergedTrackingToken merged) {
            return Math.min(position(merged.lowerSegmentToken()), position(merged.upperSegmentToken()));
        }
        return Math.max(0, token.position().orElse(0));
    }
}
