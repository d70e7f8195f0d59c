package org.sobujang.query.partnership;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.partnership.PartnershipTerminated;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PartnershipDocument}s and the per-component {@link ComponentPartnershipsDocument}s. Stage entries
 * are keyed by sequence number and set one by one, so a redelivered event rewrites its own entry and nothing else;
 * partnerships of one component sit in different segments, hence single-document {@code $set}s only. Documents are
 * keyed by the partnership's stream ({@link AggregateIds#partnershipKey}): a client-chosen id is unique per pair of
 * parties only.
 */
@Component
@ProcessingGroup("partnerships")
class PartnershipProjection {

    private final MongoTemplate mongo;

    PartnershipProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PartnershipRegistered event, @SequenceNumber long sequence, @SourceId String streamId) {
        String startedOn = Documents.date(event.startedOn());
        String key = AggregateIds.partnershipKey(streamId);
        ProjectionWrites.upsert(mongo, byId(key), new Update()
                .set("partnershipId", event.partnershipId())
                .set("buyerId", event.buyerId())
                .set("supplierId", event.supplierId())
                .set("componentId", event.componentId())
                .set("kind", event.kind().name())
                .set("startedOn", startedOn)
                .set("program", event.program())
                .set("stages." + sequence, StageEntry.toDocument(PartnershipStage.AGREED, startedOn, null, sequence)),
                PartnershipDocument.COLLECTION);
        stage(event.componentId(), key, event.buyerId(), event.supplierId(),
                PartnershipStage.AGREED, startedOn, null, sequence);
    }

    @EventHandler
    void on(PartnershipStageAdvanced event, @SequenceNumber long sequence, @SourceId String streamId) {
        String on = Documents.date(event.on());
        String key = AggregateIds.partnershipKey(streamId);
        ProjectionWrites.upsert(mongo, byId(key), new Update()
                .set("stages." + sequence, StageEntry.toDocument(event.stage(), on, event.note(), sequence)),
                PartnershipDocument.COLLECTION);
        stage(event.componentId(), key, event.buyerId(), event.supplierId(), event.stage(), on,
                event.note(), sequence);
    }

    @EventHandler
    void on(PartnershipTerminated event, @SequenceNumber long sequence, @SourceId String streamId) {
        String on = Documents.date(event.on());
        String key = AggregateIds.partnershipKey(streamId);
        ProjectionWrites.upsert(mongo, byId(key), new Update()
                .set("stages." + sequence,
                        StageEntry.toDocument(PartnershipStage.TERMINATED, on, event.note(), sequence)),
                PartnershipDocument.COLLECTION);
        stage(event.componentId(), key, event.buyerId(), event.supplierId(),
                PartnershipStage.TERMINATED, on, event.note(), sequence);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PartnershipDocument.COLLECTION);
        mongo.remove(new Query(), ComponentPartnershipsDocument.COLLECTION);
    }

    private void stage(String componentId, String key, String buyerId, String supplierId,
                       PartnershipStage stage, String on, String note, long sequence) {
        String path = "partnerships." + key + ".";
        ProjectionWrites.upsert(mongo, byId(componentId), new Update()
                .set(path + "buyerId", buyerId)
                .set(path + "supplierId", supplierId)
                .set(path + "stages." + sequence, StageEntry.toDocument(stage, on, note, sequence)),
                ComponentPartnershipsDocument.COLLECTION);
    }
}
