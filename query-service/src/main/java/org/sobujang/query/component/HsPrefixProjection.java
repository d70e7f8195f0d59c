package org.sobujang.query.component;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@link HsPrefixDocument}s; components in different segments share a prefix, hence {@code $addToSet}. */
@Component
@ProcessingGroup("indexes")
class HsPrefixProjection {

    private final MongoTemplate mongo;

    HsPrefixProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComponentRegistered event) {
        for (int length : HsPrefixDocument.LENGTHS) {
            if (event.hsCode().length() >= length) {
                ProjectionWrites.upsert(mongo, byId(event.hsCode().substring(0, length)),
                        new Update().addToSet("componentIds", event.componentId()), HsPrefixDocument.COLLECTION);
            }
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), HsPrefixDocument.COLLECTION);
    }
}
