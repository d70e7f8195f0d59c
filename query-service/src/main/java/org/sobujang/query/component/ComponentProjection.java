package org.sobujang.query.component;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.ExportRestrictionLifted;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ComponentDocument}s. A restriction's fields are set one by one, so re-applying its imposition
 * after its lift cannot erase {@code liftedOn}.
 */
@Component
@ProcessingGroup("components")
class ComponentProjection {

    private final MongoTemplate mongo;

    ComponentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComponentRegistered event) {
        ProjectionWrites.upsert(mongo, byId(event.componentId()), new Update()
                .set("name", event.name())
                .set("category", event.category().name())
                .set("hsCode", event.hsCode())
                .set("sector", event.sector().name()), ComponentDocument.COLLECTION);
    }

    @EventHandler
    void on(ControlListEntryAdded event) {
        ProjectionWrites.upsert(mongo, byId(event.componentId()), new Update()
                .addToSet("controlListEntries", new Document("regime", event.regime()).append("code", event.code())),
                ComponentDocument.COLLECTION);
    }

    @EventHandler
    void on(ExportRestrictionImposed event) {
        String path = "restrictions." + event.restrictionId() + ".";
        ProjectionWrites.upsert(mongo, byId(event.componentId()), new Update()
                .set(path + "imposingCountry", event.imposingCountry())
                .set(path + "targetCountry", event.targetCountry())
                .set(path + "measure", event.measure().name())
                .set(path + "effectiveFrom", Documents.date(event.effectiveFrom()))
                .set(path + "legalReference", event.legalReference()), ComponentDocument.COLLECTION);
    }

    @EventHandler
    void on(ExportRestrictionLifted event) {
        ProjectionWrites.upsert(mongo, byId(event.componentId()), new Update()
                .set("restrictions." + event.restrictionId() + ".liftedOn", Documents.date(event.effectiveFrom())),
                ComponentDocument.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComponentDocument.COLLECTION);
    }
}
