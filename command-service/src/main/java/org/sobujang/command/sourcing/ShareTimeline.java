package org.sobujang.command.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sobujang.api.sourcing.SharesInForce;

/**
 * A plan's supplier shares over effective time, as {@link SharesInForce} defines them (the query side's read models
 * fold the same way). Shares are exact decimals.
 */
public final class ShareTimeline {

    /** One recorded change or revision; {@code order} is its position in recording order. */
    public record Step(String changeId, LocalDate effectiveFrom, long order, Map<String, BigDecimal> shares,
                       boolean revision) {
    }

    public record Excess(LocalDate date, BigDecimal sum) {
    }

    private ShareTimeline() {
    }

    /** The first effective date on which the steps make the shares sum to more than 1, if any. */
    public static Optional<Excess> firstExcess(List<Step> steps) {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(SharesInForce.foldOrder(Step::effectiveFrom, Step::order));
        Map<String, BigDecimal> current = new HashMap<>();
        int i = 0;
        while (i < ordered.size()) {
            LocalDate date = ordered.get(i).effectiveFrom();
            // Only the state at the end of a date counts: a later step of the same date replaces an earlier one.
            while (i < ordered.size() && ordered.get(i).effectiveFrom().equals(date)) {
                Step step = ordered.get(i);
                SharesInForce.apply(current, step.revision(), step.shares(), (supplier, share) -> share);
                i++;
            }
            BigDecimal sum = current.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) > 0) {
                return Optional.of(new Excess(date, sum));
            }
        }
        return Optional.empty();
    }
}
