package org.sobujang.query.national;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.stereotype.Component;

/** Loads a {@link ComponentPool} in a fixed number of lookups by {@code _id}, however many components or dates. */
@Component
public class ComponentPools {

    private final ComponentReadModel components;
    private final SourcingReadModel sourcing;
    private final FirmReadModel firms;
    private final PartnershipReadModel partnerships;
    private final SobujangProperties settings;
    private final PlanHistories histories;

    ComponentPools(ComponentReadModel components, SourcingReadModel sourcing, FirmReadModel firms,
                   PartnershipReadModel partnerships, SobujangProperties settings, PlanHistories histories) {
        this.histories = histories;
        this.components = components;
        this.sourcing = sourcing;
        this.firms = firms;
        this.partnerships = partnerships;
        this.settings = settings;
    }

    public ComponentPool load(Collection<String> componentIds) {
        Map<String, ComponentDocument> known = components.findAll(componentIds);
        return load(known);
    }

    public ComponentPool load(Map<String, ComponentDocument> known) {
        Map<String, List<SourcingPlanDocument>> plans = sourcing.plansOf(known.keySet());
        Map<String, ComponentCapabilitiesDocument> capabilities = firms.capabilitiesOf(known.keySet());
        Map<String, ComponentPartnershipsDocument> partnered = partnerships.ofComponents(known.keySet());

        Set<String> involved = new HashSet<>();
        plans.values().forEach(list -> list.forEach(plan -> plan.changes().values().forEach(change -> {
            if (change.supplierId() != null) {
                involved.add(change.supplierId());
            }
            involved.addAll(change.shares().keySet());
        })));
        capabilities.values().forEach(c -> involved.addAll(c.firms().keySet()));
        partnered.values().forEach(p -> p.partnerships().values().forEach(m -> involved.add(m.supplierId())));
        Map<String, String> countries = firms.countriesOf(involved);
        return new ComponentPool(known, plans, capabilities, partnered, countries, settings.homeCountry(),
                                 histories::of);
    }
}
