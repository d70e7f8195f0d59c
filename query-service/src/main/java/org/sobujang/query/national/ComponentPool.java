package org.sobujang.query.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.firm.CapabilityTimeline;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.risk.RiskInputs;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.PlanHistory;
import org.sobujang.query.sourcing.PlanState;
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
        this(components, plans, capabilities, partnerships, countries, homeCountry,
             plan -> PlanHistory.of(plan.changes().values()));
    }

    /** @param histories the sorted history of a plan document (e.g. {@link PlanHistories#of}, which keeps them) */
    public ComponentPool(Map<String, ComponentDocument> components,
                         Map<String, List<SourcingPlanDocument>> plans,
                         Map<String, ComponentCapabilitiesDocument> capabilities,
                         Map<String, ComponentPartnershipsDocument> partnerships,
                         Map<String, String> countries,
                         String homeCountry,
                         Function<SourcingPlanDocument, PlanHistory> histories) {
        this.components = components;
        this.countries = countries;
        this.homeCountry = homeCountry;
        plans.forEach((componentId, documents) -> this.plans.put(componentId, documents.stream()
                .map(plan -> new PlanOfBuyer(plan.buyerId(), histories.apply(plan)))
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

    /**
     * The component's plans at each of {@code dates} (ascending), as {@link #plansOn(String, LocalDate)} gives them
     * for one date, in one sweep of each plan's history. A plan unchanged since the previous date keeps its
     * {@link PlanFacts} instance, and a date at which no plan changed gets the previous date's list itself: callers
     * may reuse what they derived from either.
     */
    public List<List<PlanFacts>> plansOn(String componentId, List<LocalDate> dates) {
        List<PlanOfBuyer> ofComponent = plans.getOrDefault(componentId, List.of());
        List<List<PlanState>> states = ofComponent.stream().map(plan -> plan.history().at(dates)).toList();
        List<List<PlanFacts>> byDate = new ArrayList<>(dates.size());
        PlanFacts[] current = new PlanFacts[ofComponent.size()];
        List<PlanFacts> previous = null;
        for (int d = 0; d < dates.size(); d++) {
            boolean changed = previous == null;
            for (int p = 0; p < current.length; p++) {
                PlanState state = states.get(p).get(d);
                if (d == 0 || state != states.get(p).get(d - 1)) {
                    current[p] = PlanFacts.of(ofComponent.get(p).buyerId(), componentId, state);
                    changed = true;
                }
            }
            if (changed) {
                previous = List.of(current);
            }
            byDate.add(previous);
        }
        return byDate;
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
