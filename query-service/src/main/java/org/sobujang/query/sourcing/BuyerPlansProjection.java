package org.sobujang.query.sourcing;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link BuyerPlansDocument}s. The plans of one buyer are different aggregates, processed concurrently by
 * different segments, so the only write is an atomic {@code $addToSet}.
 */
@Component
@ProcessingGroup("sourcing")
class BuyerPlansProjection {

    private final MongoTemplate mongo;

    BuyerPlansProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SourcingShareChanged event) {
        add(event.buyerId(), event.componentId());
    }

    @EventHandler
    void on(SourcingPlanRevised event) {
        add(event.buyerId(), event.componentId());
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), BuyerPlansDocument.COLLECTION);
    }

    private void add(String buyerId, String componentId) {
        ProjectionWrites.upsert(mongo, byId(buyerId), new Update().addToSet("componentIds", componentId), BuyerPlansDocument.COLLECTION);
    }
}
