package org.sobujang.query.national;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.infra.CachingMongoTemplate;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers questions about a {@link ComponentPool}, loaded in a fixed number of lookups by {@code _id} however many
 * components or dates, and, with the read cache on, keeps the answers ({@link #answer}).
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
    /** With the read cache on: the template (for the firms' write count) and the answers kept; else null. */
    private final CachingMongoTemplate caching;
    private final Cache<Inputs, Object> answers;

    ComponentPools(SourcingReadModel sourcing, FirmReadModel firms,
                   PartnershipReadModel partnerships, SobujangProperties settings, PlanHistories histories,
                   MongoTemplate mongo) {
        this.histories = histories;
        this.sourcing = sourcing;
        this.firms = firms;
        this.partnerships = partnerships;
        this.settings = settings;
        this.caching = mongo instanceof CachingMongoTemplate c ? c : null;
        this.answers = caching == null ? null
                : Caffeine.newBuilder().maximumSize(ANSWERS_KEPT).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** The documents a pool is made of, as the read models handed them out. */
    private record Sources(Map<String, ComponentDocument> components, Map<String, List<SourcingPlanDocument>> plans,
                           Map<String, ComponentCapabilitiesDocument> capabilities,
                           Map<String, ComponentPartnershipsDocument> partnerships, long firmWrites) {

        /** Every document, in an order that does not depend on the order they were read in. */
        Object[] documents() {
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
            return all.toArray();
        }
    }

    /**
     * What an answer was computed from: the question (compared by value) and the pool's documents by identity. With
     * the read cache on, a document instance stands for one version of the document until a write replaces it; the
     * firms' countries enter through the number of writes to the firms, read before the countries are.
     */
    private record Inputs(Object question, Object[] documents, long firmWrites) {

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Inputs other) || firmWrites != other.firmWrites || !question.equals(other.question)
                || documents.length != other.documents.length) {
                return false;
            }
            for (int i = 0; i < documents.length; i++) {
                if (documents[i] != other.documents[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = question.hashCode() * 31 + Long.hashCode(firmWrites);
            for (Object document : documents) {
                h = 31 * h + System.identityHashCode(document);
            }
            return h;
        }
    }

    /**
     * {@code answer} applied to the pool of {@code known}; with the read cache on, an answer computed before from
     * the same documents for an equal {@code question} is returned instead. {@code question} must therefore hold
     * everything besides the pool that {@code answer} depends on (the query, its dates, its targets), compare by
     * value, and {@code answer} must not change what it returns.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Object question, Map<String, ComponentDocument> known, Function<ComponentPool, T> answer) {
        Sources sources = sources(known);
        if (answers == null) {
            return answer.apply(build(sources));
        }
        Inputs inputs = new Inputs(question, sources.documents(), sources.firmWrites());
        Object kept = answers.getIfPresent(inputs);
        if (kept != null) {
            return (T) kept;
        }
        T computed = answer.apply(build(sources));
        answers.put(inputs, computed);
        return computed;
    }

    private Sources sources(Map<String, ComponentDocument> known) {
        Map<String, List<SourcingPlanDocument>> plans = sourcing.plansOf(known.keySet());
        Map<String, ComponentCapabilitiesDocument> capabilities = firms.capabilitiesOf(known.keySet());
        Map<String, ComponentPartnershipsDocument> partnered = partnerships.ofComponents(known.keySet());
        // read before the countries (in build): a firm written after this makes later requests miss
        long firmWrites = caching == null ? 0 : caching.writesTo(FirmDocument.COLLECTION);
        return new Sources(known, plans, capabilities, partnered, firmWrites);
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
