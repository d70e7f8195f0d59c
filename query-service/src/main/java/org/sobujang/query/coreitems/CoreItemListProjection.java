package org.sobujang.query.coreitems;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sobujang.api.coreitems.CoreItemListDefined;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.coreitems.LocalizationTargetSet;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@link CoreItemListDocument}s; every write is idempotent ({@code $set} by key, {@code $addToSet}). */
@Component
@ProcessingGroup("coreitems")
class CoreItemListProjection {

    private final MongoTemplate mongo;

    CoreItemListProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CoreItemListDefined event) {
        ProjectionWrites.upsert(mongo, byId(event.listId()), new Update().set("name", event.name()), CoreItemListDocument.COLLECTION);
    }

    @EventHandler
    void on(CoreItemListMemberAdded event) {
        ProjectionWrites.upsert(mongo, byId(event.listId()), new Update().addToSet("componentIds", event.componentId()),
                CoreItemListDocument.COLLECTION);
    }

    @EventHandler
    void on(LocalizationTargetSet event) {
        ProjectionWrites.upsert(mongo, byId(event.listId()), new Update()
                .set("targets." + event.by(), Documents.decimal(event.share())), CoreItemListDocument.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CoreItemListDocument.COLLECTION);
    }
}
