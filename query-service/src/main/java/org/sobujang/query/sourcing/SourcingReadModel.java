package org.sobujang.query.sourcing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class SourcingReadModel implements DocumentsReadById {

    private final MongoTemplate mongo;

    SourcingReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<SourcingPlanDocument> plan(String buyerId, String componentId) {
        return Optional.ofNullable(mongo.findById(SourcingPlanDocument.idOf(buyerId, componentId),
                SourcingPlanDocument.class, SourcingPlanDocument.COLLECTION));
    }

    public List<SourcingPlanDocument> plans(String buyerId, Collection<String> componentIds) {
        if (componentIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = componentIds.stream().map(c -> SourcingPlanDocument.idOf(buyerId, c)).toList();
        return Documents.findByIds(mongo, ids, SourcingPlanDocument.class, SourcingPlanDocument.COLLECTION);
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

    /** The plans of each component's buyers (from {@link #buyersOf}), loaded in one lookup by {@code _id}. */
    public Map<String, List<SourcingPlanDocument>> plansOf(Collection<String> componentIds) {
        List<String> ids = buyersOf(componentIds).entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(buyer -> SourcingPlanDocument.idOf(buyer, e.getKey())))
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, ids, SourcingPlanDocument.class, SourcingPlanDocument.COLLECTION)
                    .stream().collect(Collectors.groupingBy(SourcingPlanDocument::componentId));
    }

    /** The documents this feature's readers fetch by id per request, for a read cache to keep warm. */
    @Override
    public List<DocumentsReadById.Target> readById() {
        return List.of(DocumentsReadById.whole(SourcingPlanDocument.COLLECTION, SourcingPlanDocument.class),
                       DocumentsReadById.whole(ComponentPlansDocument.COLLECTION, ComponentPlansDocument.class),
                       DocumentsReadById.whole(BuyerPlansDocument.COLLECTION, BuyerPlansDocument.class));
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
