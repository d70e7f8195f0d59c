package org.sobujang.query.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.readstore.DerivedAnswers;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.PlanState;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.sourcing.SupplierShareView;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Loads what §1 needs for several of one buyer's plans in a fixed number of lookups by {@code _id}. */
@Service
public class DependencyRiskService {

    private final FirmReadModel firms;
    private final ComponentReadModel components;
    private final SourcingReadModel sourcing;
    private final PartnershipReadModel partnerships;
    private final SobujangProperties settings;
    private final DependencyRiskModel model;
    private final PlanHistories histories;
    /** Assessments the read store may keep while their documents are unchanged. */
    private final DerivedAnswers.Kept<DependencyRiskView> kept;

    private static final PlanState NONE = new PlanState(Map.of(), null, null);
    /** Assessments kept: more than the plans of the 1 M-event bench data set, at a few hundred bytes each. */
    private static final long KEPT = 50_000;

    DependencyRiskService(FirmReadModel firms, ComponentReadModel components, SourcingReadModel sourcing,
                          PartnershipReadModel partnerships, SobujangProperties settings,
                          RiskProperties riskProperties, PlanHistories histories,
                          ObjectProvider<DerivedAnswers> derived) {
        this.histories = histories;
        this.kept = derived.getIfAvailable(() -> DerivedAnswers.NONE).keep("dependencyRisk", KEPT);
        this.firms = firms;
        this.components = components;
        this.sourcing = sourcing;
        this.partnerships = partnerships;
        this.settings = settings;
        this.model = new DependencyRiskModel(riskProperties.toParameters());
    }

    /** The documents an assessment is made from, and the date. */
    private record Inputs(FirmDocument buyer, ComponentDocument component, SourcingPlanDocument plan,
                          ComponentCapabilitiesDocument capabilities, ComponentPartnershipsDocument partnerships,
                          LocalDate asOf) {

        /** What the assessment is derived from: these documents, and the firms' countries read by query. */
        Object sources(DerivedAnswers.Kept<?> kept) {
            return kept.sources(asOf, Arrays.asList(buyer, component, plan, capabilities, partnerships),
                                List.of(FirmDocument.COLLECTION));
        }
    }

    /** One assessment per known component among {@code componentIds}; unknown components are left out. */
    public List<DependencyRiskView> assess(FirmDocument buyer, Collection<String> componentIds, LocalDate asOf) {
        Map<String, ComponentDocument> known = components.findAll(componentIds);
        Map<String, SourcingPlanDocument> plans = new HashMap<>();
        for (SourcingPlanDocument plan : sourcing.plans(buyer.id(), known.keySet())) {
            plans.put(plan.componentId(), plan);
        }
        Map<String, ComponentCapabilitiesDocument> capabilities = firms.capabilitiesOf(known.keySet());
        Map<String, ComponentPartnershipsDocument> partnered = partnerships.ofComponents(known.keySet());

        Map<String, Inputs> inputs = new HashMap<>();
        Map<String, Object> sources = new HashMap<>();
        Map<String, DependencyRiskView> views = new HashMap<>();
        Map<String, PlanState> states = new HashMap<>();
        for (ComponentDocument component : known.values()) {
            Inputs in = new Inputs(buyer, component, plans.get(component.id()), capabilities.get(component.id()),
                    partnered.get(component.id()), asOf);
            // before the countries are read below: a firm written after this makes later requests miss
            Object derivedFrom = in.sources(kept);
            DependencyRiskView earlier = kept.get(derivedFrom);
            if (earlier != null) {
                views.put(component.id(), earlier);
            } else {
                sources.put(component.id(), derivedFrom);
                inputs.put(component.id(), in);
                states.put(component.id(), in.plan() == null ? NONE : histories.of(in.plan()).at(asOf));
            }
        }

        if (!inputs.isEmpty()) {
            Set<String> involved = new HashSet<>();
            for (Inputs in : inputs.values()) {
                involved.addAll(states.get(in.component().id()).suppliers().keySet());
                if (in.capabilities() != null) {
                    involved.addAll(in.capabilities().firms().keySet());
                }
                if (in.partnerships() != null) {
                    in.partnerships().partnerships().values().forEach(m -> involved.add(m.supplierId()));
                }
            }
            Map<String, String> countries = firms.countriesOf(involved);
            inputs.forEach((componentId, in) -> {
                DependencyRiskView view = assess(in, states.get(componentId), countries);
                views.put(componentId, view);
                kept.put(sources.get(componentId), view);
            });
        }
        return known.keySet().stream().map(views::get).toList();
    }

    private DependencyRiskView assess(Inputs in, PlanState plan, Map<String, String> countries) {
        Map<String, Collection<CapabilityEntry>> firmCapabilities = in.capabilities() == null ? Map.of()
                : in.capabilities().firms().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().values()));
        Map<String, List<PartnershipTimeline>> supplierPartnerships =
                in.partnerships() == null ? Map.of() : in.partnerships().bySupplier();
        RiskInput input = RiskInputs.of(in.buyer().country(), settings.homeCountry(), in.asOf(), plan,
                in.component().restrictions().values(), firmCapabilities, supplierPartnerships, countries);
        RiskAssessment assessment = model.assess(input);
        return new DependencyRiskView(in.buyer(), in.component(), in.asOf(), assessment.score(), assessment.level(),
                assessment.factors(), plan.positions().stream().map(SupplierShareView::of).toList(),
                input.qualifiedDomesticAlternatives(),
                assessment.hasScore() ? null : DependencyRiskView.NO_SOURCING);
    }
}
