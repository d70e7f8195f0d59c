package org.sobujang.query.history;

import static org.sobujang.query.readstore.Documents.byId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.SourceId;
import org.bson.Document;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.ExportRestrictionLifted;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.partnership.PartnershipTerminated;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ComponentHistoryDocument}s: every event that touches a component, from whichever aggregate. Each
 * entry is one {@code $set} under its event identifier in the leaf of its stream and sequence number, and the
 * component's directory learns the leaf with a {@code $max}, so a redelivered event rewrites itself and events of
 * different aggregates (in different segments) never overwrite one another.
 */
@Component
@ProcessingGroup("history")
class ComponentHistoryProjection {

    /** Metadata keys that say who or what caused an event; Axon adds correlation and trace ids itself. */
    static final List<String> CAUSE_KEYS = List.of("principal", "correlationId", "traceId");

    private final MongoTemplate mongo;

    ComponentHistoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Where an event came from, as Axon hands it to a handler: {@code stream} is its aggregate's identifier. */
    record Origin(String eventId, Instant recordedAt, String stream, long sequence, MetaData metaData) {
    }

    @EventHandler
    void on(ComponentRegistered e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "COMPONENT", List.of(), null, "registered as " + e.name() + " (" + e.category() + ", HS "
                + e.hsCode() + ", " + e.sector() + ")", e, new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(ControlListEntryAdded e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "COMPONENT", List.of(), null, "control-list entry " + e.regime() + " " + e.code() + " added",
                e, new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(ExportRestrictionImposed e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "COMPONENT", List.of(), e.effectiveFrom(), e.imposingCountry() + " imposed " + e.measure()
                + " against " + e.targetCountry() + " (restriction " + e.restrictionId() + ")", e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(ExportRestrictionLifted e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "COMPONENT", List.of(), e.effectiveFrom(), "restriction " + e.restrictionId() + " lifted", e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(SourcingShareChanged e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "SOURCING_PLAN", List.of(e.buyerId()), e.effectiveFrom(), e.buyerId() + " set supplier " + e.supplierId()
                + " to share " + e.share().toPlainString() + " (change " + e.changeId() + ")", e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(SourcingPlanRevised e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        String shares = e.shares().stream().map(s -> s.supplierId() + " " + s.share().toPlainString())
                         .collect(Collectors.joining(", "));
        record(e.componentId(), "SOURCING_PLAN", List.of(e.buyerId()), e.effectiveFrom(), e.buyerId() + " revised its plan to "
                + (shares.isEmpty() ? "no suppliers" : shares) + " (change " + e.changeId() + ")", e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(SourcingChangeRetracted e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "SOURCING_PLAN", List.of(e.buyerId()), null, e.buyerId() + " retracted change " + e.changeId(), e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(PartnershipRegistered e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "PARTNERSHIP", List.of(e.buyerId(), e.supplierId()), e.startedOn(), "partnership " + e.partnershipId() + " ("
                + e.kind() + ") of " + e.buyerId() + " with supplier " + e.supplierId() + " agreed", e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(PartnershipStageAdvanced e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "PARTNERSHIP", List.of(e.buyerId(), e.supplierId()), e.on(), "partnership " + e.partnershipId() + " advanced from "
                + e.previousStage() + " to " + e.stage() + note(e.note()), e, new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(PartnershipTerminated e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "PARTNERSHIP", List.of(e.buyerId(), e.supplierId()), e.on(), "partnership " + e.partnershipId() + " terminated at "
                + e.previousStage() + note(e.note()), e, new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(FirmCapabilityDeclared e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "FIRM", List.of(), e.effectiveFrom(), e.firmId() + " declared a capability at TRL "
                + e.technologyReadiness() + capacity(e.annualCapacity(), e.unit()), e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(FirmCapabilityWithdrawn e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "FIRM", List.of(), e.effectiveFrom(), e.firmId() + " withdrew its capability", e,
                new Origin(id, at, stream, seq, metaData));
    }

    @EventHandler
    void on(CoreItemListMemberAdded e, @MessageIdentifier String id, @Timestamp Instant at,
            @SequenceNumber long seq, @SourceId String stream, MetaData metaData) {
        record(e.componentId(), "CORE_ITEM_LIST", List.of(), null, "added to core-item list " + e.listId(), e,
                new Origin(id, at, stream, seq, metaData));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComponentHistoryDocument.COLLECTION);
    }

    /**
     * @param parties the firms whose confidential business the entry is (a plan's buyer, a partnership's buyer and
     *                supplier); empty for public entries. The history query shows such an entry only to them.
     */
    private void record(String componentId, String aggregate, List<String> parties, LocalDate effectiveDate,
                        String summary, Object event, Origin origin) {
        Document causedBy = new Document();
        for (String key : CAUSE_KEYS) {
            Object value = origin.metaData().get(key);
            if (value != null) {
                causedBy.append(key, value.toString());
            }
        }
        String stream = ComponentHistoryDocument.streamKey(origin.stream());
        long leaf = ComponentHistoryDocument.leafOf(origin.sequence());
        ProjectionWrites.upsert(mongo, byId(ComponentHistoryDocument.leafOf(componentId, stream, leaf)),
                new Update().set("entries." + origin.eventId(), new Document()
                .append("type", event.getClass().getSimpleName())
                .append("effectiveDate", Documents.date(effectiveDate))
                .append("recordedAt", origin.recordedAt().toString())
                .append("summary", summary)
                .append("aggregate", aggregate)
                .append("parties", parties)
                .append("sequence", origin.sequence())
                .append("causedBy", causedBy)), ComponentHistoryDocument.COLLECTION);
        ProjectionWrites.upsert(mongo, byId(ComponentHistoryDocument.directoryOf(componentId)),
                new Update().max("streams." + stream, leaf), ComponentHistoryDocument.COLLECTION);
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : ": " + note;
    }

    private static String capacity(BigDecimal capacity, String unit) {
        return capacity == null ? "" : ", capacity " + capacity.toPlainString() + (unit == null ? "" : " " + unit)
                                       + " a year";
    }
}
