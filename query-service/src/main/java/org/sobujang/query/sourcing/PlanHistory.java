package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's non-retracted changes sorted once in fold order (effective date, then recording order), so that many
 * dates can be asked of one plan without filtering and sorting its whole history again for each of them: progress
 * over five years monthly asks 60 dates of every plan in the pool.
 */
public final class PlanHistory {

    private static final Comparator<ChangeDocument> FOLD_ORDER =
            Comparator.comparing(ChangeDocument::effectiveFrom).thenComparingLong(ChangeDocument::sequence);

    private final List<ChangeDocument> ordered;

    private PlanHistory(List<ChangeDocument> ordered) {
        this.ordered = ordered;
    }

    public static PlanHistory of(Collection<ChangeDocument> changes) {
        return new PlanHistory(changes.stream().filter(c -> !c.isRetracted()).sorted(FOLD_ORDER).toList());
    }

    /**
     * The fold of the changes effective by {@code date} (see {@link PlanState}). A revision replaces the whole
     * supplier set, so the fold starts at the last revision in force: what came before it cannot show in the
     * result. The volume is that of the last change stating one, which may precede that revision.
     */
    public PlanState at(LocalDate date) {
        String day = date.toString();
        int end = effectiveCount(day);
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
            ChangeDocument change = ordered.get(i);
            LocalDate since = LocalDate.parse(change.effectiveFrom());
            if (change.kind() == ChangeDocument.Kind.REVISION) {
                suppliers.clear();
                change.shares().forEach((supplier, share) -> set(suppliers, supplier, share, since));
            } else {
                set(suppliers, change.supplierId(), change.share(), since);
            }
        }
        return new PlanState(Map.copyOf(suppliers), volume, unit);
    }

    /** How many changes take effect on or before {@code day}: the sorted list is cut by binary search. */
    private int effectiveCount(String day) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ordered.get(mid).effectiveFrom().compareTo(day) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void set(Map<String, PlanState.Position> suppliers, String supplier, BigDecimal share,
                            LocalDate since) {
        if (share.signum() == 0) {
            suppliers.remove(supplier);
        } else {
            suppliers.put(supplier, new PlanState.Position(supplier, share, since));
        }
    }
}
