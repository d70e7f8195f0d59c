package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sourcing plan as of one date: the non-retracted changes effective by then, folded in order of effective date
 * and then recording order. A share change sets one supplier (0 removes it); a revision replaces the whole set.
 *
 * @param suppliers    supplier id → stored share and the effective date of the change that set it
 * @param annualVolume of the latest change (by effective date) that states one; null if none does
 */
public record PlanState(Map<String, Position> suppliers, BigDecimal annualVolume, String unit) {

    public record Position(String supplierId, BigDecimal share, LocalDate since) {
    }

    private static final Comparator<ChangeDocument> FOLD_ORDER =
            Comparator.comparing(ChangeDocument::effectiveFrom).thenComparingLong(ChangeDocument::sequence);

    public static PlanState at(Collection<ChangeDocument> changes, LocalDate date) {
        String day = date.toString();
        List<ChangeDocument> effective = changes.stream()
                .filter(c -> !c.isRetracted() && c.effectiveFrom().compareTo(day) <= 0)
                .sorted(FOLD_ORDER)
                .toList();
        Map<String, Position> suppliers = new LinkedHashMap<>();
        BigDecimal volume = null;
        String unit = null;
        for (ChangeDocument change : effective) {
            LocalDate since = LocalDate.parse(change.effectiveFrom());
            if (change.kind() == ChangeDocument.Kind.REVISION) {
                suppliers.clear();
                change.shares().forEach((supplier, share) -> set(suppliers, supplier, share, since));
            } else {
                set(suppliers, change.supplierId(), change.share(), since);
            }
            if (change.annualVolume() != null) {
                volume = change.annualVolume();
                unit = change.unit();
            }
        }
        return new PlanState(Map.copyOf(suppliers), volume, unit);
    }

    private static void set(Map<String, Position> suppliers, String supplier, BigDecimal share, LocalDate since) {
        if (share.signum() == 0) {
            suppliers.remove(supplier);
        } else {
            suppliers.put(supplier, new Position(supplier, share, since));
        }
    }

    /** Largest share first, then by supplier id: a stable order for display. */
    public List<Position> positions() {
        return suppliers.values().stream()
                        .sorted(Comparator.comparing(Position::share).reversed()
                                          .thenComparing(Position::supplierId))
                        .toList();
    }
}
