package org.sobujang.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

class ComponentHistoryProjectionTest {

    private static final Instant AT = Instant.parse("2019-07-11T01:02:03.123456Z");
    private static final MetaData BY_ALICE = MetaData.with("principal", "alice").and("correlationId", "cmd-1")
                                                    .and("unrelated", "x");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final ComponentHistoryProjection projection = new ComponentHistoryProjection(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = template.findAll(Document.class, ComponentHistoryDocument.COLLECTION);

        applyAll();

        assertThat(template.findAll(Document.class, ComponentHistoryDocument.COLLECTION)).isEqualTo(once);
    }

    @Test
    void eachEventIsOneEntryUnderItsIdentifierWithItsCauseAndKind() {
        applyAll();

        Map<String, HistoryEntryDocument> entries = history("pr").entries();
        assertThat(entries).containsOnlyKeys("e1", "e2", "e3", "e4", "e5", "e6", "e7");
        HistoryEntryDocument restriction = entries.get("e2");
        assertThat(restriction.type()).isEqualTo("ExportRestrictionImposed");
        assertThat(restriction.effectiveDate()).isEqualTo("2019-07-04");
        assertThat(restriction.recordedAt()).isEqualTo("2019-07-11T01:02:04.123456Z");
        assertThat(restriction.aggregate()).isEqualTo("COMPONENT");
        assertThat(restriction.causedBy()).containsOnly(Map.entry("principal", "alice"),
                Map.entry("correlationId", "cmd-1"));
        assertThat(entries.get("e1").effectiveDate()).isNull();
        assertThat(entries.get("e1").causedBy()).isEmpty();
        assertThat(entries.get("e3").summary()).isEqualTo("samsung set supplier tok to share 0.60 (change c1)");
        assertThat(entries.get("e5").aggregate()).isEqualTo("PARTNERSHIP");
        assertThat(entries.get("e6").aggregate()).isEqualTo("FIRM");
        assertThat(entries.get("e7").aggregate()).isEqualTo("CORE_ITEM_LIST");
    }

    @Test
    void resetClearsTheHistories() {
        applyAll();

        projection.reset();

        assertThat(template.findAll(Document.class, ComponentHistoryDocument.COLLECTION)).isEmpty();
    }

    @Test
    void aComponentsEntriesAreSpreadOverItsBucketsAndPreBucketDocumentsAreStillRead() {
        applyAll();
        List<Document> stored = template.findAll(Document.class, ComponentHistoryDocument.COLLECTION);
        assertThat(stored).extracting(d -> d.getString("_id")).allMatch(id -> id.matches("(pr|hf)#([0-9]|1[0-5])"));
        assertThat(stored.stream().filter(d -> d.getString("_id").startsWith("pr#")).count()).isGreaterThan(1);

        // a document of the earlier shape (one per component, _id the component id) still counts
        template.upsert(org.sobujang.query.readstore.Documents.byId("pr"), new org.springframework.data.mongodb.core.query
                .Update().set("entries.old-1", new Document("type", "ComponentRegistered").append("summary", "old").append("sequence", 0L)
                                                                                           .append("parties", List.of())),
                ComponentHistoryDocument.COLLECTION);
        assertThat(history("pr").entries()).containsKeys("old-1", "e1", "e7");
    }

    /** All of a component's entries, as the history query reads them. */
    private ComponentHistoryDocument history(String componentId) {
        return new ComponentHistoryDocument(componentId, ComponentHistoryDocument.entriesOf(
                org.sobujang.query.readstore.Documents.findByIds(template, ComponentHistoryDocument.idsOf(componentId),
                        ComponentHistoryDocument.class, ComponentHistoryDocument.COLLECTION)));
    }

    private void applyAll() {
        projection.on(new ComponentRegistered("pr", "Photoresist", Category.MATERIAL, "370790",
                Sector.SEMICONDUCTOR), "e1", AT, 0, MetaData.emptyInstance());
        projection.on(new ExportRestrictionImposed("pr", "r1", "JP", "KR", RestrictionMeasure.INDIVIDUAL_LICENSE,
                LocalDate.of(2019, 7, 4), null), "e2", AT.plusSeconds(1), 1, BY_ALICE);
        projection.on(new SourcingShareChanged("c1", "samsung", "pr", "tok", new BigDecimal("0.60"),
                LocalDate.of(2019, 1, 1), null, null, null), "e3", AT.plusSeconds(2), 0, BY_ALICE);
        projection.on(new SourcingChangeRetracted("c1", "samsung", "pr"), "e4", AT.plusSeconds(3), 1, BY_ALICE);
        projection.on(new PartnershipRegistered("p1", "samsung", "dongjin", "pr", PartnershipKind.JOINT_RND,
                LocalDate.of(2019, 8, 1), null), "e5", AT.plusSeconds(4), 0, MetaData.emptyInstance());
        projection.on(new FirmCapabilityDeclared("dongjin", "pr", 9, null, null, LocalDate.of(2019, 1, 1)), "e6",
                AT.plusSeconds(5), 3, MetaData.emptyInstance());
        projection.on(new CoreItemListMemberAdded("core100", "pr"), "e7", AT.plusSeconds(6), 2,
                MetaData.emptyInstance());
    }
}
