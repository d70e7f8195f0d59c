package org.sobujang.query.risk;

import java.time.LocalDate;
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
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.PlanState;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.sourcing.SupplierShareView;
import org.sobujang.query.web.SobujangProperties;
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

    DependencyRiskService(FirmReadModel firms, ComponentReadModel components, SourcingReadModel sourcing,
                          PartnershipReadModel partnerships, SobujangProperties settings,
                          RiskProperties riskProperties, PlanHistories histories) {
        this.histories = histories;
        this.firms = firms;
        this.components = components;
        this.sourcing = sourcing;
        this.partnerships = partnerships;
        this.settings = settings;
        this.model = new DependencyRiskModel(riskProperties.toParameters());
    }

    /** One assessment per known component among {@code componentIds}; unknown components are left out. */
    public List<DependencyRiskView> assess(FirmDocument buyer, Collection<String> componentIds, LocalDate asOf) {
        Map<String, ComponentDocument> known = components.findAll(componentIds);
        Map<String, PlanState> states = new HashMap<>();
        for (SourcingPlanDocument plan : sourcing.plans(buyer.id(), known.keySet())) {
            states.put(plan.componentId(), histories.of(plan).at(asOf));
        }
        Map<String, ComponentCapabilitiesDocument> capabilities = firms.capabilitiesOf(known.keySet());
        Map<String, ComponentPartnershipsDocument> partnered = partnerships.ofComponents(known.keySet());

        Set<String> involved = new HashSet<>();
        states.values().forEach(s -> involved.addAll(s.suppliers().keySet()));
        capabilities.values().forEach(c -> involved.addAll(c.firms().keySet()));
        partnered.values().forEach(p -> p.partnerships().values().forEach(m -> involved.add(m.supplierId())));
        Map<String, String> countries = firms.countriesOf(involved);

        PlanState none = new PlanState(Map.of(), null, null);
        return known.values().stream().map(component -> {
            PlanState plan = states.getOrDefault(component.id(), none);
            Map<String, Collection<CapabilityEntry>> firmCapabilities =
                    capabilities.containsKey(component.id())
                    ? capabilities.get(component.id()).firms().entrySet().stream()
                                  .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().values()))
                    : Map.of();
            Map<String, List<PartnershipTimeline>> supplierPartnerships =
                    partnered.containsKey(component.id()) ? partnered.get(component.id()).bySupplier() : Map.of();
            RiskInput input = RiskInputs.of(buyer.country(), settings.homeCountry(), asOf, plan,
                    component.restrictions().values(), firmCapabilities, supplierPartnerships, countries);
            RiskAssessment assessment = model.assess(input);
            return new DependencyRiskView(buyer, component, asOf, assessment.score(), assessment.level(),
                    assessment.factors(), plan.positions().stream().map(SupplierShareView::of).toList(),
                    input.qualifiedDomesticAlternatives(),
                    assessment.hasScore() ? null : DependencyRiskView.NO_SOURCING);
        }).toList();
    }
}
