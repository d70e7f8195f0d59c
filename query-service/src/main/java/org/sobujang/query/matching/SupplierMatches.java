package org.sobujang.query.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.CapabilityTimeline;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.sourcing.PlanState;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Loads §3's facts by {@code _id} (the component, its 4-digit HS prefix index, those components' capabilities,
 * its partnerships, the firms) and hands them to {@link SupplierMatcher}. Matching has no date: capabilities and
 * stages are those in force today.
 */
@Service
@EnableConfigurationProperties(MatchingProperties.class)
public class SupplierMatches {

    private final ComponentReadModel components;
    private final FirmReadModel firms;
    private final PartnershipReadModel partnerships;
    private final SourcingReadModel sourcing;
    private final SobujangProperties settings;
    private final SupplierMatcher matcher;

    SupplierMatches(ComponentReadModel components, FirmReadModel firms, PartnershipReadModel partnerships,
                    SourcingReadModel sourcing, SobujangProperties settings, MatchingProperties weights) {
        this.matcher = new SupplierMatcher(weights.parameters());
        this.components = components;
        this.firms = firms;
        this.partnerships = partnerships;
        this.sourcing = sourcing;
        this.settings = settings;
    }

    /** The ranked matches for a known component, compared against a known buyer's plan if {@code buyerId} is given. */
    public List<SupplierMatch> of(ComponentDocument component, String buyerId) {
        String componentId = component.id();
        LocalDate today = settings.asOfOrToday(null);

        Set<String> similarIds = new HashSet<>(components.withHsPrefix(component.hsCode().substring(0, 4)));
        similarIds.add(componentId);
        Map<String, ComponentDocument> similar = components.findAll(similarIds);
        List<MatchingInput.Capability> capabilities = new ArrayList<>();
        for (ComponentCapabilitiesDocument document : firms.capabilitiesOf(similar.keySet()).values()) {
            String hsCode = similar.get(document.id()).hsCode();
            document.firms().forEach((firmId, entries) -> CapabilityTimeline.of(entries.values()).effectiveOn(today)
                    .ifPresent(c -> capabilities.add(capability(firmId, document.id(), hsCode, c))));
        }
        Map<String, List<PartnershipStage>> stages = new HashMap<>();
        ComponentPartnershipsDocument partnered = partnerships.ofComponents(List.of(componentId)).get(componentId);
        if (partnered != null) {
            partnered.bySupplier().forEach((supplier, timelines) -> timelines.forEach(t -> t.stageOn(today)
                    .ifPresent(s -> stages.computeIfAbsent(supplier, k -> new ArrayList<>()).add(s))));
        }
        Set<String> involved = new HashSet<>(stages.keySet());
        capabilities.forEach(c -> involved.add(c.firmId()));
        Map<String, MatchingInput.Firm> candidates = firms.findAll(involved).values().stream()
                .filter(f -> f.name() != null)
                .collect(Collectors.toMap(FirmDocument::id, f -> new MatchingInput.Firm(f.id(), f.name(), f.country())));

        PlanState plan = buyerId == null ? null : sourcing.plan(buyerId, componentId)
                .map(p -> PlanState.at(p.changes().values(), today)).orElse(null);
        MatchingInput input = new MatchingInput(componentId, component.hsCode(), settings.homeCountry(), buyerId,
                plan == null ? null : plan.annualVolume(), plan == null ? null : plan.unit(), capabilities, stages,
                candidates);
        return matcher.match(input);
    }

    private static MatchingInput.Capability capability(String firmId, String componentId, String hsCode,
                                                       CapabilityEntry entry) {
        return new MatchingInput.Capability(firmId, componentId, hsCode, entry.technologyReadiness(),
                entry.annualCapacity(), entry.unit());
    }
}
