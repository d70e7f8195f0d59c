package org.sobujang.command.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's supplier shares over effective time. The share of supplier j at date d is the fold, over the changes
 * with effectiveFrom &lt;= d ordered by (effectiveFrom, recording order), where a single change sets j's share and a
 * revision replaces the whole map. Shares are exact decimals; a share of 0 removes the supplier.
 */
final class ShareTimeline {

    /** One recorded change or revision; {@code order} is its position in recording order. */
    record Step(String changeId, LocalDate effectiveFrom, long order, Map<String, BigDecimal> shares,
                boolean revision) {
    }

    record Excess(LocalDate date, BigDecimal sum) {
    }

    private ShareTimeline() {
    }

    /** The first effective date on which the steps make the shares sum to more than 1, if any. */
    static Optional<Excess> firstExcess(List<Step> steps) {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::effectiveFrom).thenComparingLong(Step::order));
        Map<String, BigDecimal> current = new HashMap<>();
        int i = 0;
        while (i < ordered.size()) {
            LocalDate date = ordered.get(i).effectiveFrom();
            // Only the state at the end of a date counts: a later step of the same date replaces an earlier one.
            while (i < ordered.size() && ordered.get(i).effectiveFrom().equals(date)) {
                applyStep(current, ordered.get(i));
                i++;
            }
            BigDecimal sum = current.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) > 0) {
                return Optional.of(new Excess(date, sum));
            }
        }
        return Optional.empty();
    }

    private static void applyStep(Map<String, BigDecimal> current, Step step) {
        if (step.revision()) {
            current.clear();
        }
        step.shares().forEach((supplier, share) -> {
            if (share.signum() == 0) {
                current.remove(supplier);
            } else {
                current.put(supplier, share);
            }
        });
    }
}
