package org.sobujang.query.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sobujang.query.component.RestrictionDocument;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.CapabilityTimeline;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.sourcing.PlanState;

/** Derives §1's inputs for one plan at one date from the read models' facts. */
public final class RiskInputs {

    /** The TRL at which a declared capability makes a firm qualified (risk-model.md §1). */
    static final int QUALIFYING_TRL = 9;

    private RiskInputs() {
    }

    /**
     * @param countries    firm id → country, for the plan's suppliers and every firm with a capability or partnership
     * @param capabilities firm id → that firm's capability entries for the plan's component
     * @param partnerships supplier id → the timelines of its partnerships for the plan's component
     */
    public static RiskInput of(String buyerCountry, String homeCountry, LocalDate asOf, PlanState plan,
                               Collection<RestrictionDocument> restrictions,
                               Map<String, ? extends Collection<CapabilityEntry>> capabilities,
                               Map<String, ? extends Collection<PartnershipTimeline>> partnerships,
                               Map<String, String> countries) {
        List<RiskInput.Supplier> suppliers = plan.positions().stream()
                .map(p -> new RiskInput.Supplier(p.supplierId(), countries.get(p.supplierId()),
                        p.share().doubleValue()))
                .toList();
        Set<String> alternatives = qualifiedDomesticFirms(homeCountry, asOf, capabilities, partnerships, countries);
        alternatives.removeAll(plan.suppliers().keySet());
        return new RiskInput(buyerCountry, suppliers, restrictingCountries(restrictions, buyerCountry, asOf),
                alternatives.size());
    }

    /** R(c, d): imposing countries of restrictions against {@code target} active on {@code asOf}. */
    public static Set<String> restrictingCountries(Collection<RestrictionDocument> restrictions, String target,
                                                   LocalDate asOf) {
        return restrictions.stream()
                .filter(r -> r.targets(target) && r.activeOn(asOf))
                .map(RestrictionDocument::imposingCountry)
                .collect(Collectors.toSet());
    }

    /**
     * Domestic firms qualified for a component on {@code asOf}: at {@code MASS_PRODUCTION} in a partnership for it
     * (not terminated by then), or declaring a capability with TRL 9 in force then. A firm qualified both ways is
     * one firm: the answer is a set.
     */
    public static Set<String> qualifiedDomesticFirms(String homeCountry, LocalDate asOf,
                                                     Map<String, ? extends Collection<CapabilityEntry>> capabilities,
                                                     Map<String, ? extends Collection<PartnershipTimeline>> partnerships,
                                                     Map<String, String> countries) {
        Map<String, CapabilityTimeline> timelines = new HashMap<>();
        capabilities.forEach((firm, entries) -> timelines.put(firm, CapabilityTimeline.of(entries)));
        return qualifiedDomesticFirmsOn(homeCountry, asOf, timelines, partnerships, countries);
    }

    /** As {@link #qualifiedDomesticFirms}, with each firm's capability timeline already sorted (many dates). */
    public static Set<String> qualifiedDomesticFirmsOn(String homeCountry, LocalDate asOf,
                                                       Map<String, CapabilityTimeline> capabilities,
                                                       Map<String, ? extends Collection<PartnershipTimeline>> partnerships,
                                                       Map<String, String> countries) {
        Set<String> qualified = new HashSet<>();
        capabilities.forEach((firm, timeline) -> {
            if (timeline.effectiveOn(asOf)
                        .map(c -> c.technologyReadiness() >= QUALIFYING_TRL).orElse(false)) {
                qualified.add(firm);
            }
        });
        partnerships.forEach((firm, timelines) -> {
            if (timelines.stream().anyMatch(t -> t.qualifiedOn(asOf))) {
                qualified.add(firm);
            }
        });
        qualified.removeIf(firm -> !homeCountry.equals(countries.get(firm)));
        return qualified;
    }
}
