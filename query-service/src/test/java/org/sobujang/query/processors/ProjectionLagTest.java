package org.sobujang.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.sobujang.query.processors.ProjectionLag.ProcessorLag;

class ProjectionLagTest {

    private static TrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }

    private static Map<String, List<TrackingToken>> tokens(Object... nameThenTokens) {
        Map<String, List<TrackingToken>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenTokens.length; i += 2) {
            map.put((String) nameThenTokens[i], Arrays.asList((TrackingToken[]) nameThenTokens[i + 1]));
        }
        return map;
    }

    @Test
    void theLagIsMeasuredAtTheSlowestSegment() {
        ProjectionLag lag = ProjectionLag.of(OptionalLong.of(100), tokens(
                "firms", new TrackingToken[]{at(100), at(100)},
                "trade", new TrackingToken[]{at(100), at(40)}));

        assertThat(lag.processors()).containsExactly(
                new ProcessorLag("firms", 100, 0, 2),
                new ProcessorLag("trade", 40, 60, 2));
        assertThat(lag.worst()).isEqualTo(60);
        assertThat(lag.lagOf("trade")).hasValue(60);
        assertThat(lag.lagOf("nothing")).isEmpty();
    }

    @Test
    void aSegmentThatHasNotStartedIsBehindByTheWholeStore() {
        ProjectionLag lag = ProjectionLag.of(OptionalLong.of(50), tokens(
                "history", new TrackingToken[]{at(50), null},
                "indexes", new TrackingToken[]{}));

        assertThat(lag.lagOf("history")).hasValue(50);
        assertThat(lag.lagOf("indexes")).hasValue(50);
    }

    @Test
    void aReplayIsBehindByWhatItHasStillToReplay() {
        ProjectionLag lag = ProjectionLag.of(OptionalLong.of(80),
                tokens("firms", new TrackingToken[]{ReplayToken.createReplayToken(at(80), at(30))}));

        assertThat(lag.lagOf("firms")).hasValue(50);
    }

    @Test
    void anEmptyEventStoreLeavesNothingToCatchUp() {
        ProjectionLag lag = ProjectionLag.of(OptionalLong.empty(), tokens("firms", new TrackingToken[]{null, null}));

        assertThat(lag.head()).isZero();
        assertThat(lag.worst()).isZero();
    }

    @Test
    void aTokenAheadOfAStaleHeadIsNoNegativeLag() {
        assertThat(ProjectionLag.of(OptionalLong.of(10), tokens("firms", new TrackingToken[]{at(12)})).worst())
                .isZero();
    }
}
