package org.sobujang.query.national;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.firm.CapabilityTimeline;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.risk.RiskInputs;
import org.sobujang.query.sourcing.PlanHistory;
import org.sobujang.query.sourcing.SourcingPlanDocument;

/**
 * Everything the national view and progress need about a set of components, loaded once; every date is then
 * evaluated in memory. The per-date questions work on histories sorted once here (plans, capabilities,
 * partnership timelines), since progress asks them for every period end.
 */
public final class ComponentPool {

    private record PlanOfBuyer(String buyerId, PlanHistory history) {
    }

    private final Map<String, ComponentDocument> components;
    private final Map<String, String> countries;
    private final String homeCountry;
    private final Map<String, List<PlanOfBuyer>> plans = new HashMap<>();
    private final Map<String, Map<String, CapabilityTimeline>> capabilities = new HashMap<>();
    private final Map<String, Map<String, List<PartnershipTimeline>>> timelines = new HashMap<>();

    /** @param countries firm id → country, for every supplier, capability holder and partnership supplier involved */
    public ComponentPool(Map<String, ComponentDocument> components,
                         Map<String, List<SourcingPlanDocument>> plans,
                         Map<String, ComponentCapabilitiesDocument> capabilities,
                         Map<String, ComponentPartnershipsDocument> partnerships,
                         Map<String, String> countries,
                         String homeCountry) {
        this.components = components;
        this.countries = countries;
        this.homeCountry = homeCountry;
        plans.forEach((componentId, documents) -> this.plans.put(componentId, documents.stream()
                .map(plan -> new PlanOfBuyer(plan.buyerId(), PlanHistory.of(plan.changes().values())))
                .toList()));
        capabilities.forEach((componentId, document) -> {
            Map<String, CapabilityTimeline> byFirm = new HashMap<>();
            document.firms().forEach((firm, entries) -> byFirm.put(firm, CapabilityTimeline.of(entries.values())));
            this.capabilities.put(componentId, byFirm);
        });
        partnerships.forEach((componentId, document) -> timelines.put(componentId, document.bySupplier()));
    }

    public Map<String, ComponentDocument> components() {
        return components;
    }

    public Map<String, String> countries() {
        return countries;
    }

    public String homeCountry() {
        return homeCountry;
    }

    /** The component's plans as of {@code date}, those without sourcing included (pooling leaves them out). */
    public List<PlanFacts> plansOn(String componentId, LocalDate date) {
        return plans.getOrDefault(componentId, List.of()).stream()
                .map(plan -> PlanFacts.of(plan.buyerId(), componentId, plan.history().at(date)))
                .toList();
    }

    /** R(c, d) against the home country. */
    public Set<String> restrictingOn(String componentId, LocalDate date) {
        return RiskInputs.restrictingCountries(components.get(componentId).restrictions().values(), homeCountry,
                date);
    }

    public Set<String> qualifiedOn(String componentId, LocalDate date) {
        return RiskInputs.qualifiedDomesticFirmsOn(homeCountry, date,
                capabilities.getOrDefault(componentId, Map.of()), timelines(componentId), countries);
    }

    public Map<String, List<PartnershipTimeline>> timelines(String componentId) {
        return timelines.getOrDefault(componentId, Map.of());
    }
}
