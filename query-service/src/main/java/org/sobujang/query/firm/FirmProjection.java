package org.sobujang.query.firm;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps {@link FirmDocument}s. Only the firm's own aggregate writes its document. */
@Component
@ProcessingGroup("firms")
class FirmProjection {

    private final MongoTemplate mongo;

    FirmProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FirmRegistered event) {
        ProjectionWrites.upsert(mongo, byId(event.firmId()), new Update()
                .set("name", event.name())
                .set("country", event.country())
                .set("size", event.size().name())
                .set("registrationNumber", event.registrationNumber()), FirmDocument.COLLECTION);
    }

    @EventHandler
    void on(FirmCapabilityDeclared event, @SequenceNumber long sequence) {
        ProjectionWrites.upsert(mongo, byId(event.firmId()), new Update()
                .set(entryPath(event.componentId(), sequence), CapabilityEntry.toDocument(event, sequence)),
                FirmDocument.COLLECTION);
    }

    @EventHandler
    void on(FirmCapabilityWithdrawn event, @SequenceNumber long sequence) {
        ProjectionWrites.upsert(mongo, byId(event.firmId()), new Update()
                .set(entryPath(event.componentId(), sequence), CapabilityEntry.toDocument(event, sequence)),
                FirmDocument.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), FirmDocument.COLLECTION);
    }

    private static String entryPath(String componentId, long sequence) {
        return "capabilities." + componentId + "." + sequence;
    }
}
