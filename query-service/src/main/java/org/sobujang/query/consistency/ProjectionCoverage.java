package org.sobujang.query.consistency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.sobujang.query.infra.TokenPositions;
import org.sobujang.query.processors.ProcessorPositions;
import org.sobujang.query.processors.ProcessorPositions.SegmentPosition;

/**
 * Whether every projection has seen an event. Any read model may answer a query, and every segment of every
 * processor is asked, because which segment an event belongs to is the sequencing policy's business, per processor.
 *
 * <p>Reading the positions reads every stored token from the read store. Every query waiting for its consistency
 * token asks every few milliseconds, so under load the waiting queries alone kept the read store busy and slowed the
 * very projections they waited for. One reading is therefore shared by every question asked within
 * {@code maxAge}: positions only move forward, so an older reading can only make a waiter wait a little longer,
 * never answer too early.
 */
public class ProjectionCoverage {

    private record Reading(long atNanos, Map<String, List<SegmentPosition>> positions) {
    }

    private final ProcessorPositions positions;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private volatile Reading last;

    public ProjectionCoverage(ProcessorPositions positions) {
        this(positions, Duration.ofMillis(10), System::nanoTime);
    }

    ProjectionCoverage(ProcessorPositions positions, Duration maxAge, LongSupplier clock) {
        this.positions = positions;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
    }

    public boolean covers(long globalIndex) {
        for (List<SegmentPosition> segments : reading().values()) {
            // Without initialized segments the processor has not started reading: it has seen nothing.
            if (segments.isEmpty()) {
                return false;
            }
            for (SegmentPosition segment : segments) {
                if (!TokenPositions.covers(segment.token(), globalIndex)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Map<String, List<SegmentPosition>> reading() {
        Reading reading = last;
        if (reading == null || clock.getAsLong() - reading.atNanos() > maxAgeNanos) {
            synchronized (this) {
                reading = last;
                if (reading == null || clock.getAsLong() - reading.atNanos() > maxAgeNanos) {
                    // taken before reading, so the reading is at least as new as its timestamp says
                    long at = clock.getAsLong();
                    reading = new Reading(at, positions.current());
                    last = reading;
                }
            }
        }
        return reading.positions();
    }
}
