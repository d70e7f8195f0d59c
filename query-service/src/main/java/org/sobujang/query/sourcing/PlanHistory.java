package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.sobujang.api.sourcing.SharesInForce;

/**
 * A plan's non-retracted changes sorted once in fold order (effective date, then recording order), so that many
 * dates can be asked of one plan without filtering and sorting its whole history again for each of them: progress
 * over five years monthly asks 60 dates of every plan in the pool.
 */
public final class PlanHistory {

    private final List<ChangeDocument> ordered;
    /** The effective date of each change in {@link #ordered}, parsed once. */
    private final LocalDate[] effective;

    private PlanHistory(List<Dated> ordered) {
        this.ordered = ordered.stream().map(Dated::change).toList();
        this.effective = ordered.stream().map(Dated::effective).toArray(LocalDate[]::new);
    }

    private record Dated(ChangeDocument change, LocalDate effective) {
    }

    /** The non-retracted changes in {@link SharesInForce#foldOrder fold order}. */
    public static PlanHistory of(Collection<ChangeDocument> changes) {
        return new PlanHistory(changes.stream().filter(c -> !c.isRetracted())
                                      .map(c -> new Dated(c, LocalDate.parse(c.effectiveFrom())))
                                      .sorted(SharesInForce.foldOrder(Dated::effective, d -> d.change().sequence()))
                                      .toList());
    }

    /**
     * The fold of the changes effective by {@code date} (see {@link PlanState}). A revision replaces the whole
     * supplier set, so the fold starts at the last revision in force: what came before it cannot show in the
     * result. The volume is that of the last change stating one, which may precede that revision.
     */
    public PlanState at(LocalDate date) {
        int end = effectiveCount(date);
        int start = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (ordered.get(i).kind() == ChangeDocument.Kind.REVISION) {
                start = i;
                break;
            }
        }
        BigDecimal volume = null;
        String unit = null;
        for (int i = end - 1; i >= 0; i--) {
            ChangeDocument change = ordered.get(i);
            if (change.annualVolume() != null) {
                volume = change.annualVolume();
                unit = change.unit();
                break;
            }
        }
        Map<String, PlanState.Position> suppliers = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            fold(suppliers, ordered.get(i), effective[i]);
        }
        return new PlanState(Map.copyOf(suppliers), volume, unit);
    }

    /**
     * The states at many dates in one forward sweep: each change is folded once, however many dates are asked, so
     * the cost is the plan's length plus the number of dates rather than their product. Consecutive dates with no
     * change between them get the <em>same</em> {@link PlanState} instance, which callers may use to reuse what they
     * derived from it.
     *
     * @param dates in ascending order
     * @return the state at each date, in the order of {@code dates}; equal to {@link #at} at each of them
     */
    public List<PlanState> at(List<LocalDate> dates) {
        List<PlanState> states = new ArrayList<>(dates.size());
        Map<String, PlanState.Position> suppliers = new LinkedHashMap<>();
        BigDecimal volume = null;
        String unit = null;
        PlanState current = new PlanState(Map.of(), null, null);
        int next = 0;
        LocalDate previous = null;
        for (LocalDate date : dates) {
            if (previous != null && date.isBefore(previous)) {
                throw new IllegalArgumentException("dates out of order: " + date + " after " + previous);
            }
            previous = date;
            boolean changed = false;
            while (next < ordered.size() && !effective[next].isAfter(date)) {
                LocalDate since = effective[next];
                ChangeDocument change = ordered.get(next++);
                fold(suppliers, change, since);
                if (change.annualVolume() != null) {
                    volume = change.annualVolume();
                    unit = change.unit();
                }
                changed = true;
            }
            if (changed) {
                current = new PlanState(Map.copyOf(suppliers), volume, unit);
            }
            states.add(current);
        }
        return states;
    }

    /** How many changes take effect on or before {@code date}: the sorted list is cut by binary search. */
    private int effectiveCount(LocalDate date) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (!effective[mid].isAfter(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** One change folded in, as {@link SharesInForce} defines it; a supplier's position dates from it. */
    private static void fold(Map<String, PlanState.Position> suppliers, ChangeDocument change, LocalDate since) {
        BiFunction<String, BigDecimal, PlanState.Position> position =
                (supplier, share) -> new PlanState.Position(supplier, share, since);
        if (change.kind() == ChangeDocument.Kind.REVISION) {
            SharesInForce.apply(suppliers, true, change.shares(), position);
        } else {
            SharesInForce.set(suppliers, change.supplierId(), change.share(), position);
        }
    }
}
