package org.sobujang.query.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class TokenPositionsTest {

    private static GapAwareTrackingToken gapAware(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
    }

    @Test
    void aSegmentThatHasNotStartedCoversNothing() {
        assertThat(TokenPositions.covers(null, 1)).isFalse();
        assertThat(TokenPositions.position(null)).isZero();
    }

    @Test
    void aGapAwareTokenCoversWhatItHasPassedExceptItsGaps() {
        GapAwareTrackingToken token = gapAware(10, 4L, 7L);
        assertThat(List.of(1L, 3L, 5L, 6L, 8L, 10L)).allMatch(index -> TokenPositions.covers(token, index));
        assertThat(List.of(4L, 7L, 11L)).noneMatch(index -> TokenPositions.covers(token, index));
        assertThat(TokenPositions.position(token)).isEqualTo(10);
    }

    @Test
    void gapsBelowTheEventDoNotHideIt() {
        // Axon's own covers(...) says no here, because the other token has no gaps.
        assertThat(TokenPositions.covers(gapAware(10, 4L), 9)).isTrue();
    }

    @Test
    void aReplayingSegmentCoversOnlyWhatItHasReplayedSoFar() {
        TrackingToken replay = ReplayToken.createReplayToken(gapAware(20), gapAware(5));
        assertThat(TokenPositions.covers(replay, 5)).isTrue();
        assertThat(TokenPositions.covers(replay, 6)).isFalse();
        assertThat(TokenPositions.position(replay)).isEqualTo(5);

        TrackingToken fromTheStart = ReplayToken.createReplayToken(gapAware(20), null);
        assertThat(TokenPositions.covers(fromTheStart, 1)).isFalse();
        assertThat(TokenPositions.position(fromTheStart)).isZero();
    }

    @Test
    void aMergingSegmentCoversWhatBothHalvesHave() {
        TrackingToken merged = new MergedTrackingToken(gapAware(8), gapAware(12));
        assertThat(TokenPositions.covers(merged, 8)).isTrue();
        assertThat(TokenPositions.covers(merged, 9)).isFalse();
        assertThat(TokenPositions.position(merged)).isEqualTo(8);
    }

    @Test
    void otherTokensCompareByPosition() {
        assertThat(TokenPositions.covers(new GlobalSequenceTrackingToken(3), 3)).isTrue();
        assertThat(TokenPositions.covers(new GlobalSequenceTrackingToken(3), 4)).isFalse();
        assertThat(TokenPositions.position(new GlobalSequenceTrackingToken(3))).isEqualTo(3);
    }
}
