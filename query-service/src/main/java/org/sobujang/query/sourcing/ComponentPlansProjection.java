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
 * Keeps {@link ComponentPlansDocument}s with an atomic {@code $addToSet}, since plans of one component are
 * processed by different segments. Its own processing group ({@code indexes}) starts from the beginning of the
 * event store, so a store written before this index existed fills it without a manual replay.
 */
@Component
@ProcessingGroup("indexes")
class ComponentPlansProjection {

    private final MongoTemplate mongo;

    ComponentPlansProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SourcingShareChanged event) {
        add(event.componentId(), event.buyerId());
    }

    @EventHandler
    void on(SourcingPlanRevised event) {
        add(event.componentId(), event.buyerId());
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComponentPlansDocument.COLLECTION);
    }

    private void add(String componentId, String buyerId) {
        ProjectionWrites.upsert(mongo, byId(componentId), new Update().addToSet("buyerIds", buyerId), ComponentPlansDocument.COLLECTION);
    }
}
