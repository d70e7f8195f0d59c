package org.sobujang.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.sobujang.query.processors.ProcessorPositions;
import org.sobujang.query.processors.ProcessorPositions.SegmentPosition;

class ProjectionCoverageTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    /** stored positions (what a reading returns) */
    private volatile long stored = 5;
    /** live positions of the segments held here */
    private volatile long live = 5;
    private volatile boolean heldHere = false;
    private volatile Set<String> liveSegments = Set.of("sourcing/0/1", "sourcing/1/1");

    private final ProcessorPositions positions = new ProcessorPositions(null, null) {
        @Override
        public Map<String, List<SegmentPosition>> current() {
            reads.incrementAndGet();
            return Map.of("sourcing", List.of(
                    new SegmentPosition(0, "me", heldHere, new GlobalSequenceTrackingToken(stored)),
                    new SegmentPosition(1, "me", heldHere, new GlobalSequenceTrackingToken(stored + 1))));
        }

        @Override
        public Set<String> liveSegments() {
            return heldHere ? liveSegments : Set.of();
        }

        @Override
        public TrackingToken liveToken(String processor, int segment) {
            return heldHere ? new GlobalSequenceTrackingToken(live + segment) : null;
        }
    };

    private final ProjectionCoverage coverage =
            new ProjectionCoverage(positions, Duration.ofMillis(10), now::get);

    @Test
    void questionsWithinTheMaximumAgeShareOneReadingOfThePositions() {
        assertThat(coverage.covers(5)).isTrue();
        assertThat(coverage.covers(7)).isFalse();
        now.addAndGet(Duration.ofMillis(10).toNanos());
        assertThat(coverage.covers(6)).isFalse();
        assertThat(reads).hasValue(1);
    }

    @Test
    void anOlderReadingIsReplacedSoAWaiterSeesTheProjectionsMoveOn() {
        assertThat(coverage.covers(8)).isFalse();
        stored = 8;
        assertThat(coverage.covers(8)).isFalse();
        now.addAndGet(Duration.ofMillis(11).toNanos());
        assertThat(coverage.covers(8)).isTrue();
        assertThat(reads).hasValue(2);
    }

    @Test
    void whenEverySegmentIsHeldHereTheLivePositionsAnswerWithoutReadingAgain() {
        heldHere = true;
        assertThat(coverage.covers(8)).isFalse();
        live = 8;
        // no time has passed: a stored reading could not have seen this; the live positions do
        assertThat(coverage.covers(8)).isTrue();
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        live = 20;
        assertThat(coverage.covers(20)).isTrue();
        assertThat(coverage.covers(22)).isFalse();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aSplitOrMergeHereMeansTheSegmentsMustBeReadAgain() {
        heldHere = true;
        assertThat(coverage.covers(5)).isTrue();
        // segment 0 was split: the reading knows other segments than those now processed here
        liveSegments = Set.of("sourcing/0/3", "sourcing/1/1", "sourcing/2/3");
        live = 50;
        stored = 5;
        assertThat(coverage.covers(50)).as("answered from the old reading's stored positions").isFalse();
        assertThat(reads).hasValue(1);
        now.addAndGet(Duration.ofMillis(11).toNanos());
        assertThat(coverage.covers(50)).isFalse();
        assertThat(reads).as("a new reading, taken once the old one was too old").hasValue(2);
    }

    @Test
    void aSegmentNoLongerHeldHereIsAnsweredFromStoredPositionsOnly() {
        heldHere = true;
        assertThat(coverage.covers(5)).isTrue();
        // released (or taken over by a peer): its live position is gone, the stored one is behind
        heldHere = false;
        live = 50;
        assertThat(coverage.covers(6)).isFalse();
        stored = 6;
        now.addAndGet(Duration.ofMillis(11).toNanos());
        assertThat(coverage.covers(6)).isTrue();
        assertThat(coverage.covers(50)).isFalse();
    }
}
