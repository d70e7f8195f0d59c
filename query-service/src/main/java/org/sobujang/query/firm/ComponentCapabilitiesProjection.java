package org.sobujang.query.firm;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ComponentCapabilitiesDocument}s. Firms in different segments write the same component's document
 * concurrently, so every write is a single atomic {@code $set} of the firm's own entry.
 */
@Component
@ProcessingGroup("firms")
class ComponentCapabilitiesProjection {

    private final MongoTemplate mongo;

    ComponentCapabilitiesProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FirmCapabilityDeclared event, @SequenceNumber long sequence) {
        ProjectionWrites.upsert(mongo, byId(event.componentId()), new Update()
                .set(entryPath(event.firmId(), sequence), CapabilityEntry.toDocument(event, sequence)),
                ComponentCapabilitiesDocument.COLLECTION);
    }

    @EventHandler
    void on(FirmCapabilityWithdrawn event, @SequenceNumber long sequence) {
        ProjectionWrites.upsert(mongo, byId(event.componentId()), new Update()
                .set(entryPath(event.firmId(), sequence), CapabilityEntry.toDocument(event, sequence)),
                ComponentCapabilitiesDocument.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComponentCapabilitiesDocument.COLLECTION);
    }

    private static String entryPath(String firmId, long sequence) {
        return "firms." + firmId + "." + sequence;
    }
}
