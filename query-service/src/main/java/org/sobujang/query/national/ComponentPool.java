package org.sobujang.query.national;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.risk.RiskInputs;
import org.sobujang.query.sourcing.PlanState;
import org.sobujang.query.sourcing.SourcingPlanDocument;

/**
 * Everything the national view and progress need about a set of components, loaded once; every date is then
 * evaluated in memory.
 *
 * @param countries firm id → country, for every supplier, capability holder and partnership supplier involved
 */
public record ComponentPool(Map<String, ComponentDocument> components,
                            Map<String, List<SourcingPlanDocument>> plans,
                            Map<String, ComponentCapabilitiesDocument> capabilities,
                            Map<String, ComponentPartnershipsDocument> partnerships,
                            Map<String, String> countries,
                            String homeCountry) {

    /** The component's plans as of {@code date}, those without sourcing included (pooling leaves them out). */
    public List<PlanFacts> plansOn(String componentId, LocalDate date) {
        return plans.getOrDefault(componentId, List.of()).stream()
                .map(plan -> PlanFacts.of(plan.buyerId(), componentId, PlanState.at(plan.changes().values(), date)))
                .toList();
    }

    /** R(c, d) against the home country. */
    public Set<String> restrictingOn(String componentId, LocalDate date) {
        return RiskInputs.restrictingCountries(components.get(componentId).restrictions().values(), homeCountry,
                date);
    }

    public Set<String> qualifiedOn(String componentId, LocalDate date) {
        return RiskInputs.qualifiedDomesticFirms(homeCountry, date, capabilityEntries(componentId),
                timelines(componentId), countries);
    }

    public Map<String, List<PartnershipTimeline>> timelines(String componentId) {
        ComponentPartnershipsDocument document = partnerships.get(componentId);
        return document == null ? Map.of() : document.bySupplier();
    }

    private Map<String, Collection<CapabilityEntry>> capabilityEntries(String componentId) {
        ComponentCapabilitiesDocument document = capabilities.get(componentId);
        return document == null ? Map.of() : document.firms().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().values()));
    }
}
