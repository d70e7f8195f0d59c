package org.sobujang.query.processors;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How many of a processor's segments one instance should hold when the live instances share them evenly, and
 * which of its segments it gives up when it holds more. Axon's pooled processor claims every free segment, so
 * without this the first instance to start would keep all the work.
 */
public final class FairShare {

    private FairShare() {
    }

    /** Rounded up, so that together the instances can hold every segment. */
    public static int of(int totalSegments, int liveNodes) {
        int nodes = Math.max(1, liveNodes);
        return (totalSegments + nodes - 1) / nodes;
    }

    /** The segments to release, highest ids first so repeated decisions give up the same ones. */
    public static List<Integer> surplus(Collection<Integer> held, int totalSegments, int liveNodes) {
        int excess = held.size() - of(totalSegments, liveNodes);
        if (excess <= 0) {
            return List.of();
        }
        return held.stream().sorted(Comparator.reverseOrder()).limit(excess).toList();
    }
}
