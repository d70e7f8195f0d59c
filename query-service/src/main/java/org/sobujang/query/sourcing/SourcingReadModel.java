package org.sobujang.query.sourcing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class SourcingReadModel {

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
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), SourcingPlanDocument.class,
                SourcingPlanDocument.COLLECTION);
    }

    public List<String> componentsOf(String buyerId) {
        BuyerPlansDocument plans = mongo.findById(buyerId, BuyerPlansDocument.class, BuyerPlansDocument.COLLECTION);
        return plans == null ? List.of() : plans.componentIds();
    }
}
