package org.sobujang.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.sobujang.query.processors.ProcessorPositions;
import org.sobujang.query.processors.ProcessorPositions.SegmentPosition;

class ProjectionCoverageTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile long position = 5;

    private final ProcessorPositions positions = new ProcessorPositions(null, null) {
        @Override
        public Map<String, List<SegmentPosition>> current() {
            reads.incrementAndGet();
            return Map.of("sourcing", List.of(
                    new SegmentPosition(0, "me", true, new GlobalSequenceTrackingToken(position)),
                    new SegmentPosition(1, "me", true, new GlobalSequenceTrackingToken(position + 1))));
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
        position = 8;
        assertThat(coverage.covers(8)).isFalse();
        now.addAndGet(Duration.ofMillis(11).toNanos());
        assertThat(coverage.covers(8)).isTrue();
        assertThat(reads).hasValue(2);
    }
}
