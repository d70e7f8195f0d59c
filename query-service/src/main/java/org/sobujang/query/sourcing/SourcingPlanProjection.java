package org.sobujang.query.sourcing;

import static org.sobujang.query.readstore.Documents.byId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the plans' {@link PlanHeadDocument}s and {@link PlanChunkDocument}s: each event goes to the part its
 * sequence number names. A change's fields are set one by one (never the whole entry), so applying a change again
 * after its retraction leaves it retracted.
 */
@Component
@ProcessingGroup("sourcing")
class SourcingPlanProjection {

    private final MongoTemplate mongo;

    SourcingPlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SourcingShareChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String path = "changes." + event.changeId() + ".";
        record(event.buyerId(), event.componentId(), sequence, update -> common(update
                .set(path + "kind", ChangeDocument.Kind.SHARE_CHANGE.name())
                .set(path + "supplierId", event.supplierId())
                .set(path + "share", Documents.decimal(event.share())), path, event.effectiveFrom().toString(),
                event.annualVolume(), event.unit(), event.evidence(), recordedAt, sequence));
    }

    @EventHandler
    void on(SourcingPlanRevised event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String path = "changes." + event.changeId() + ".";
        Document shares = new Document();
        for (SupplierShareValue value : event.shares()) {
            shares.append(value.supplierId(), Documents.decimal(value.share()));
        }
        record(event.buyerId(), event.componentId(), sequence, update -> common(update
                .set(path + "kind", ChangeDocument.Kind.REVISION.name())
                .set(path + "shares", shares), path, event.effectiveFrom().toString(), event.annualVolume(),
                event.unit(), event.evidence(), recordedAt, sequence));
    }

    /** In the head, the retracted change is there too (it precedes its retraction); in a chunk, it may be anywhere. */
    @EventHandler
    void on(SourcingChangeRetracted event, @SequenceNumber long sequence) {
        String field = PlanHeadDocument.chunkOf(sequence) == 0 ? "changes." + event.changeId() + ".retracted"
                : "retracted." + event.changeId();
        record(event.buyerId(), event.componentId(), sequence, update -> update.set(field, true));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PlanHeadDocument.COLLECTION);
        mongo.remove(new Query(), PlanChunkDocument.COLLECTION);
    }

    /** What an event records ({@code fields} added to the update given) goes to the head or its chunk. */
    private void record(String buyerId, String componentId, long sequence,
                        UnaryOperator<Update> fields) {
        String planId = SourcingPlanDocument.idOf(buyerId, componentId);
        long chunk = PlanHeadDocument.chunkOf(sequence);
        if (chunk == 0) {
            ProjectionWrites.upsert(mongo, byId(planId), fields.apply(plan(buyerId, componentId)),
                    PlanHeadDocument.COLLECTION);
            return;
        }
        ProjectionWrites.upsert(mongo, byId(PlanChunkDocument.idOf(planId, chunk)), fields.apply(new Update()),
                PlanChunkDocument.COLLECTION);
        // every event of a chunk announces it, not only its first: a head written before chunks existed may hold
        // the events a chunk would start with
        ProjectionWrites.upsert(mongo, byId(planId), plan(buyerId, componentId).max("chunks", chunk),
                PlanHeadDocument.COLLECTION);
    }

    /** On the head with every write: a head whose chunks were written first still names its plan. */
    private static Update plan(String buyerId, String componentId) {
        return new Update().set("buyerId", buyerId).set("componentId", componentId);
    }

    private static Update common(Update update, String path, String effectiveFrom, BigDecimal volume,
                                 String unit, String evidence, Instant recordedAt, long sequence) {
        return update.set(path + "effectiveFrom", effectiveFrom)
                     .set(path + "annualVolume", Documents.decimal(volume))
                     .set(path + "unit", unit)
                     .set(path + "evidence", evidence)
                     .set(path + "recordedAt", recordedAt)
                     .set(path + "sequence", sequence);
    }
}
