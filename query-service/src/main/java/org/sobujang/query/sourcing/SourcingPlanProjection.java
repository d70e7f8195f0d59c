package org.sobujang.query.sourcing;

import static org.sobujang.query.readstore.Documents.byId;

import java.math.BigDecimal;
import java.time.Instant;

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
 * Keeps {@link SourcingPlanDocument}s. A change's fields are set one by one (never the whole entry), so applying
 * a change again after its retraction leaves it retracted.
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
        Update update = plan(event.buyerId(), event.componentId())
                .set(path + "kind", ChangeDocument.Kind.SHARE_CHANGE.name())
                .set(path + "supplierId", event.supplierId())
                .set(path + "share", Documents.decimal(event.share()));
        ProjectionWrites.upsert(mongo, byId(SourcingPlanDocument.idOf(event.buyerId(), event.componentId())),
                common(update, path, event.effectiveFrom().toString(), event.annualVolume(), event.unit(),
                        event.evidence(), recordedAt, sequence), SourcingPlanDocument.COLLECTION);
    }

    @EventHandler
    void on(SourcingPlanRevised event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String path = "changes." + event.changeId() + ".";
        Document shares = new Document();
        for (SupplierShareValue value : event.shares()) {
            shares.append(value.supplierId(), Documents.decimal(value.share()));
        }
        Update update = plan(event.buyerId(), event.componentId())
                .set(path + "kind", ChangeDocument.Kind.REVISION.name())
                .set(path + "shares", shares);
        ProjectionWrites.upsert(mongo, byId(SourcingPlanDocument.idOf(event.buyerId(), event.componentId())),
                common(update, path, event.effectiveFrom().toString(), event.annualVolume(), event.unit(),
                        event.evidence(), recordedAt, sequence), SourcingPlanDocument.COLLECTION);
    }

    @EventHandler
    void on(SourcingChangeRetracted event) {
        ProjectionWrites.upsert(mongo, byId(SourcingPlanDocument.idOf(event.buyerId(), event.componentId())),
                plan(event.buyerId(), event.componentId()).set("changes." + event.changeId() + ".retracted", true),
                SourcingPlanDocument.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), SourcingPlanDocument.COLLECTION);
    }

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
