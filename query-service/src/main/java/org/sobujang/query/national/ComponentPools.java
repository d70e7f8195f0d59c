package org.sobujang.query.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.readstore.DerivedAnswers;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers questions about a {@link ComponentPool}, loaded in a fixed number of lookups by {@code _id} however many
 * components or dates, and lets the read store keep the answers ({@link #answer}).
 */
@Component
public class ComponentPools {

    /** Answers kept: national figures are few and small (a progress series is 60 points). */
    private static final long ANSWERS_KEPT = 2_000;

    private final SourcingReadModel sourcing;
    private final FirmReadModel firms;
    private final PartnershipReadModel partnerships;
    private final SobujangProperties settings;
    private final PlanHistories histories;
    /** Answers the read store may keep while the pool's documents are unchanged. */
    private final DerivedAnswers.Kept<Object> answers;

    ComponentPools(SourcingReadModel sourcing, FirmReadModel firms,
                   PartnershipReadModel partnerships, SobujangProperties settings, PlanHistories histories,
                   ObjectProvider<DerivedAnswers> derived) {
        this.histories = histories;
        this.sourcing = sourcing;
        this.firms = firms;
        this.partnerships = partnerships;
        this.settings = settings;
        this.answers = derived.getIfAvailable(() -> DerivedAnswers.NONE).keep("componentPools", ANSWERS_KEPT);
    }

    /** The documents a pool is made of, as the read models handed them out. */
    private record Sources(Map<String, ComponentDocument> components, Map<String, List<SourcingPlanDocument>> plans,
                           Map<String, ComponentCapabilitiesDocument> capabilities,
                           Map<String, ComponentPartnershipsDocument> partnerships) {

        /** Every document, in an order that does not depend on the order they were read in. */
        List<Object> documents() {
            List<Object> all = new ArrayList<>();
            for (String id : new TreeSet<>(components.keySet())) {
                all.add(components.get(id));
                all.add(capabilities.get(id));
                all.add(partnerships.get(id));
                plans.getOrDefault(id, List.of()).stream()
                     .sorted(Comparator.comparing(SourcingPlanDocument::id))
                     .forEach(all::add);
                all.add(null); // ends a component's plans
            }
            return all;
        }
    }

    /**
     * {@code answer} applied to the pool of {@code known}; if the read store kept one, an answer computed before from
     * the same documents for an equal {@code question} is returned instead. {@code question} must therefore hold
     * everything besides the pool that {@code answer} depends on (the query, its dates, its targets), compare by
     * value, and {@code answer} must not change what it returns.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Object question, Map<String, ComponentDocument> known, Function<ComponentPool, T> answer) {
        Sources sources = sources(known);
        // before the countries are read (in build): a firm written after this makes later requests miss
        Object derivedFrom = answers.sources(question, sources.documents(), List.of(FirmDocument.COLLECTION));
        Object kept = answers.get(derivedFrom);
        if (kept != null) {
            return (T) kept;
        }
        T computed = answer.apply(build(sources));
        answers.put(derivedFrom, computed);
        return computed;
    }

    private Sources sources(Map<String, ComponentDocument> known) {
        Map<String, List<SourcingPlanDocument>> plans = sourcing.plansOf(known.keySet());
        Map<String, ComponentCapabilitiesDocument> capabilities = firms.capabilitiesOf(known.keySet());
        Map<String, ComponentPartnershipsDocument> partnered = partnerships.ofComponents(known.keySet());
        return new Sources(known, plans, capabilities, partnered);
    }

    private ComponentPool build(Sources sources) {
        Set<String> involved = new HashSet<>();
        sources.plans().values().forEach(list -> list.forEach(plan -> plan.changes().values().forEach(change -> {
            if (change.supplierId() != null) {
                involved.add(change.supplierId());
            }
            involved.addAll(change.shares().keySet());
        })));
        sources.capabilities().values().forEach(c -> involved.addAll(c.firms().keySet()));
        sources.partnerships().values().forEach(p -> p.partnerships().values()
                                                      .forEach(m -> involved.add(m.supplierId())));
        Map<String, String> countries = firms.countriesOf(involved);
        return new ComponentPool(sources.components(), sources.plans(), sources.capabilities(),
                                 sources.partnerships(), countries, settings.homeCountry(), histories::of);
    }
}
