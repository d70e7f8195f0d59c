package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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

    /** Folds the history once for one date; {@link PlanHistory} answers many dates of one plan. */
    public static PlanState at(Collection<ChangeDocument> changes, LocalDate date) {
        return PlanHistory.of(changes).at(date);
    }

    /** Largest share first, then by supplier id: a stable order for display. */
    public List<Position> positions() {
        return suppliers.values().stream()
                        .sorted(Comparator.comparing(Position::share).reversed()
                                          .thenComparing(Position::supplierId))
                        .toList();
    }
}
