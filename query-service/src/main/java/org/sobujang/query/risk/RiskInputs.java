package org.sobujang.query.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sobujang.query.component.RestrictionDocument;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.CapabilityTimeline;
import org.sobujang.query.sourcing.PlanState;

/** Derives §1's inputs for one plan at one date from the read models' facts. */
public final class RiskInputs {

    /** The TRL at which a declared capability makes a firm qualified (risk-model.md §1). */
    static final int QUALIFYING_TRL = 9;

    private RiskInputs() {
    }

    /**
     * @param countries    firm id → country, for the plan's suppliers and every firm with a capability
     * @param capabilities firm id → that firm's capability entries for the plan's component
     */
    public static RiskInput of(String buyerCountry, String homeCountry, LocalDate asOf, PlanState plan,
                               Collection<RestrictionDocument> restrictions,
                               Map<String, ? extends Collection<CapabilityEntry>> capabilities,
                               Map<String, String> countries) {
        List<RiskInput.Supplier> suppliers = plan.positions().stream()
                .map(p -> new RiskInput.Supplier(p.supplierId(), countries.get(p.supplierId()),
                        p.share().doubleValue()))
                .toList();
        Set<String> restricting = restrictions.stream()
                .filter(r -> r.targets(buyerCountry) && r.activeOn(asOf))
                .map(RestrictionDocument::imposingCountry)
                .collect(Collectors.toSet());
        int alternatives = (int) capabilities.entrySet().stream()
                .filter(e -> homeCountry.equals(countries.get(e.getKey())))
                .filter(e -> !plan.suppliers().containsKey(e.getKey()))
                .filter(e -> CapabilityTimeline.of(e.getValue()).effectiveOn(asOf)
                                               .map(c -> c.technologyReadiness() >= QUALIFYING_TRL)
                                               .orElse(false))
                .count();
        return new RiskInput(buyerCountry, suppliers, restricting, alternatives);
    }
}
