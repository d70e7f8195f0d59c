package org.sobujang.query.sourcing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sobujang.query.readstore.DerivedAnswers;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class SourcingReadModel implements DocumentsReadById {

    private final MongoTemplate mongo;
    /**
     * The plan put together from a head and its chunks, which the read store may keep while those documents are
     * unchanged ({@link DerivedAnswers}): then it hands out the same plan instance for the same parts, which is what
     * {@link PlanHistories} and the kept assessments recognise a plan by.
     */
    private final DerivedAnswers.Kept<SourcingPlanDocument> assembled;
    /** Plans kept: more than the 1 M-event bench data set has, at a few hundred bytes each. */
    private static final long PLANS_KEPT = 50_000;

    @Autowired
    SourcingReadModel(MongoTemplate mongo, ObjectProvider<DerivedAnswers> derived) {
        this(mongo, derived.getIfAvailable(() -> DerivedAnswers.NONE));
    }

    /** Over {@code mongo}, keeping no plan (tests of the read model alone). */
    SourcingReadModel(MongoTemplate mongo) {
        this(mongo, DerivedAnswers.NONE);
    }

    private SourcingReadModel(MongoTemplate mongo, DerivedAnswers derived) {
        this.mongo = mongo;
        this.assembled = derived.keep("sourcingPlans", PLANS_KEPT);
    }

    public Optional<SourcingPlanDocument> plan(String buyerId, String componentId) {
        return plans(buyerId, List.of(componentId)).stream().findFirst();
    }

    public List<SourcingPlanDocument> plans(String buyerId, Collection<String> componentIds) {
        if (componentIds.isEmpty()) {
            return List.of();
        }
        return plans(componentIds.stream().map(c -> SourcingPlanDocument.idOf(buyerId, c)).toList());
    }

    public List<String> componentsOf(String buyerId) {
        BuyerPlansDocument plans = mongo.findById(buyerId, BuyerPlansDocument.class, BuyerPlansDocument.COLLECTION);
        return plans == null ? List.of() : plans.componentIds();
    }

    /** The buyers with a plan for each component, by {@code _id} of the component index; none are absent. */
    public Map<String, List<String>> buyersOf(Collection<String> componentIds) {
        if (componentIds.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, componentIds, ComponentPlansDocument.class,
                            ComponentPlansDocument.COLLECTION)
                    .stream().collect(Collectors.toMap(ComponentPlansDocument::id, ComponentPlansDocument::buyerIds));
    }

    /** The plans of each component's buyers (from {@link #buyersOf}), loaded by {@code _id}. */
    public Map<String, List<SourcingPlanDocument>> plansOf(Collection<String> componentIds) {
        List<String> ids = buyersOf(componentIds).entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(buyer -> SourcingPlanDocument.idOf(buyer, e.getKey())))
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return plans(ids).stream().collect(Collectors.groupingBy(SourcingPlanDocument::componentId));
    }

    /**
     * The plans with these ids: their heads in one lookup by {@code _id}, then the chunks of those that have any in
     * one more, for all of them together.
     */
    private List<SourcingPlanDocument> plans(List<String> planIds) {
        List<PlanHeadDocument> heads = Documents.findByIds(mongo, planIds, PlanHeadDocument.class,
                PlanHeadDocument.COLLECTION);
        List<String> chunkIds = new ArrayList<>();
        for (PlanHeadDocument head : heads) {
            for (long k = 1; k <= head.chunks(); k++) {
                chunkIds.add(PlanChunkDocument.idOf(head.id(), k));
            }
        }
        Map<String, PlanChunkDocument> chunks = chunkIds.isEmpty() ? Map.of()
                : Documents.findByIds(mongo, chunkIds, PlanChunkDocument.class, PlanChunkDocument.COLLECTION)
                           .stream().collect(Collectors.toMap(PlanChunkDocument::id, chunk -> chunk));
        List<SourcingPlanDocument> plans = new ArrayList<>(heads.size());
        for (PlanHeadDocument head : heads) {
            // a chunk announced in the head but not written yet (both are written in the same batch) is left out
            List<PlanChunkDocument> ofHead = new ArrayList<>();
            for (long k = 1; k <= head.chunks(); k++) {
                PlanChunkDocument chunk = chunks.get(PlanChunkDocument.idOf(head.id(), k));
                if (chunk != null) {
                    ofHead.add(chunk);
                }
            }
            plans.add(plan(head, ofHead));
        }
        return plans;
    }

    private SourcingPlanDocument plan(PlanHeadDocument head, List<PlanChunkDocument> chunks) {
        List<Object> parts = new ArrayList<>(chunks.size() + 1);
        parts.add(head);
        parts.addAll(chunks);
        Object sources = assembled.sources(head.id(), parts, List.of());
        SourcingPlanDocument kept = assembled.get(sources);
        if (kept != null) {
            return kept;
        }
        SourcingPlanDocument plan = assemble(head, chunks);
        assembled.put(sources, plan);
        return plan;
    }

    /**
     * The head's changes and its chunks', each chunk's retractions applied. Every change is recorded by exactly one
     * event and so lies in exactly one part. An entry without a kind is a retraction applied before its change (only
     * possible if two threads handled one plan's events): it counts as a retraction and shows once its change does.
     */
    static SourcingPlanDocument assemble(PlanHeadDocument head, List<PlanChunkDocument> chunks) {
        if (chunks.isEmpty() && head.changes().values().stream().allMatch(change -> change.kind() != null)) {
            return new SourcingPlanDocument(head.id(), head.buyerId(), head.componentId(), head.changes());
        }
        Map<String, ChangeDocument> changes = new LinkedHashMap<>();
        Set<String> retracted = new HashSet<>();
        List<Map<String, ChangeDocument>> parts = new ArrayList<>();
        parts.add(head.changes());
        chunks.forEach(chunk -> {
            parts.add(chunk.changes());
            chunk.retracted().forEach((id, flag) -> {
                if (Boolean.TRUE.equals(flag)) {
                    retracted.add(id);
                }
            });
        });
        for (Map<String, ChangeDocument> part : parts) {
            part.forEach((id, change) -> {
                if (change.kind() == null) {
                    if (change.isRetracted()) {
                        retracted.add(id);
                    }
                } else {
                    changes.put(id, change);
                }
            });
        }
        retracted.forEach(id -> changes.computeIfPresent(id, (key, change) -> change.asRetracted()));
        return new SourcingPlanDocument(head.id(), head.buyerId(), head.componentId(),
                Collections.unmodifiableMap(changes));
    }

    /** The documents this feature's readers fetch by id per request, for a read cache to keep warm. */
    @Override
    public List<DocumentsReadById.Target> readById() {
        return List.of(DocumentsReadById.whole(PlanHeadDocument.COLLECTION, PlanHeadDocument.class),
                       DocumentsReadById.whole(PlanChunkDocument.COLLECTION, PlanChunkDocument.class),
                       DocumentsReadById.whole(ComponentPlansDocument.COLLECTION, ComponentPlansDocument.class),
                       DocumentsReadById.whole(BuyerPlansDocument.COLLECTION, BuyerPlansDocument.class));
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
