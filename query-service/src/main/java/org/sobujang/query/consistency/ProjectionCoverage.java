package org.sobujang.query.consistency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;

import org.axonframework.eventhandling.TrackingToken;

import org.sobujang.query.positions.TokenPositions;
import org.sobujang.query.processors.ProcessorPositions.SegmentPosition;
import org.sobujang.query.processors.ProcessorPositions;

/**
 * Whether every projection has seen an event. Any read model may answer a query, and every segment of every
 * processor is asked, because which segment an event belongs to is the sequencing policy's business, per processor.
 *
 * <p>Reading the positions reads every stored token from the read store. Every query waiting for its consistency
 * token asks every few milliseconds, so under load the waiting queries alone kept the read store busy and slowed the
 * very projections they waited for. One reading is therefore shared by every question asked within
 * {@code maxAge}: positions only move forward, so an older reading can only make a waiter wait a little longer,
 * never answer too early.
 *
 * <p>When every segment is processed in this process (the embedded default, or a query service that holds all
 * segments), a question needs no reading at all: the processors' live positions in memory answer it, as long as the
 * segments are still those of the last reading (same identifiers and masks, all still held here). Anything else — a
 * segment held by a peer or by no one, a split, a merge, a release — falls back to a reading at most
 * {@code maxAge} old.
 */
public class ProjectionCoverage {

    private record Reading(long atNanos, Map<String, List<SegmentPosition>> positions, Set<String> liveSegments) {
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
        return look().test(globalIndex);
    }

    /**
     * One look at where the segments stand, to answer several questions with (every waiting query's): the positions
     * are taken once, the questions are then answered from them.
     */
    public LongPredicate look() {
        Reading reading = last;
        if (reading != null && allHeldHere(reading) && reading.liveSegments().equals(positions.liveSegments())) {
            List<TrackingToken> live = new ArrayList<>();
            reading.positions().forEach((processor, segments) -> segments.forEach(
                    segment -> live.add(positions.liveToken(processor, segment.segment()))));
            return globalIndex -> coversAll(live, globalIndex);
        }
        Map<String, List<SegmentPosition>> stored = reading().positions();
        // Without initialized segments a processor has not started reading: it has seen nothing.
        if (stored.values().stream().anyMatch(List::isEmpty)) {
            return globalIndex -> false;
        }
        List<TrackingToken> tokens = stored.values().stream().flatMap(List::stream).map(SegmentPosition::token).toList();
        return globalIndex -> coversAll(tokens, globalIndex);
    }

    private static boolean coversAll(List<TrackingToken> tokens, long globalIndex) {
        for (TrackingToken token : tokens) {
            if (!TokenPositions.covers(token, globalIndex)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHeldHere(Reading reading) {
        for (List<SegmentPosition> segments : reading.positions().values()) {
            if (segments.isEmpty()) {
                return false;
            }
            for (SegmentPosition segment : segments) {
                if (!segment.claimedHere()) {
                    return false;
                }
            }
        }
        return true;
    }

    private Reading reading() {
        Reading reading = last;
        if (reading == null || clock.getAsLong() - reading.atNanos() > maxAgeNanos) {
            synchronized (this) {
                reading = last;
                if (reading == null || clock.getAsLong() - reading.atNanos() > maxAgeNanos) {
                    // taken before reading, so the reading is at least as new as its timestamp says; the live
                    // segments are taken before the stored ones, so a change between the two shows as a mismatch
                    long at = clock.getAsLong();
                    Set<String> liveSegments = positions.liveSegments();
                    reading = new Reading(at, positions.current(), liveSegments);
                    last = reading;
                }
            }
        }
        return reading;
    }
}
