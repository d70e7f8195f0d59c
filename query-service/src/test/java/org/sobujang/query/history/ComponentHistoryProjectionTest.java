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
    void aComponentsEntriesLieInLeavesOfTheirStreamAndTheDirectoryNamesEveryLeaf() {
        applyAll();

        assertThat(template.findAll(Document.class, ComponentHistoryDocument.COLLECTION))
                .extracting(d -> d.getString("_id"))
                .containsExactlyInAnyOrder("pr@streams", "pr@component:pr#0", "pr@plan:samsung/pr#0",
                        "pr@partnership:samsung/dongjin/p1#0", "pr@firm:dongjin#0", "pr@core-item-list:core100#0");
        assertThat(template.findById("pr@streams", Document.class, ComponentHistoryDocument.COLLECTION)
                           .get("streams", Document.class)).isEqualTo(new Document("component:pr", 0L).append("plan:samsung/pr", 0L)
                        .append("partnership:samsung/dongjin/p1", 0L).append("firm:dongjin", 0L)
                        .append("core-item-list:core100", 0L));
    }

    @Test
    void aLongStreamFillsOneLeafPerSixteenEventsAndAStreamWithGapsLeavesGaps() {
        for (int sequence = 0; sequence < 40; sequence++) {
            projection.on(new SourcingShareChanged("c" + sequence, "samsung", "pr", "tok", new BigDecimal("0.5"),
                    LocalDate.of(2019, 1, 1), null, null, null), "s" + sequence, AT, sequence, "plan:samsung/pr",
                    MetaData.emptyInstance());
        }
        // a firm's capability events of this component, far apart among the firm's events of other components
        projection.on(new FirmCapabilityDeclared("dongjin", "pr", 9, null, null, LocalDate.of(2019, 1, 1)), "f1",
                AT, 3, "firm:dongjin", MetaData.emptyInstance());
        projection.on(new FirmCapabilityDeclared("dongjin", "pr", 8, null, null, LocalDate.of(2020, 1, 1)), "f2",
                AT, 70, "firm:dongjin", MetaData.emptyInstance());

        assertThat(template.findAll(Document.class, ComponentHistoryDocument.COLLECTION))
                .extracting(d -> d.getString("_id") + " " + d.get("entries", new Document()).size())
                .containsExactlyInAnyOrder("pr@streams 0", "pr@plan:samsung/pr#0 16", "pr@plan:samsung/pr#1 16",
                        "pr@plan:samsung/pr#2 8", "pr@firm:dongjin#0 1", "pr@firm:dongjin#4 1");
        assertThat(ComponentHistoryDocument.entriesOf(template, "pr")).hasSize(42).containsKeys("s0", "s39", "f1",
                "f2");
    }

    @Test
    void documentsOfBothEarlierLayoutsAreStillRead() {
        applyAll();
        // one document per component (_id the component id), and sixteen buckets by the event id's hash
        template.upsert(org.sobujang.query.readstore.Documents.byId("pr"), new org.springframework.data.mongodb.core.query
                .Update().set("entries.old-1", new Document("type", "ComponentRegistered").append("summary", "old")
                                                .append("sequence", 0L).append("parties", List.of())),
                ComponentHistoryDocument.COLLECTION);
        template.upsert(org.sobujang.query.readstore.Documents.byId("pr#15"), new org.springframework.data.mongodb.core
                .query.Update().set("entries.old-2", new Document("type", "ControlListEntryAdded")
                                                .append("summary", "bucketed").append("sequence", 1L)),
                ComponentHistoryDocument.COLLECTION);

        assertThat(ComponentHistoryDocument.entriesOf(template, "pr")).containsKeys("old-1", "old-2", "e1", "e7")
                                                                        .hasSize(9);
    }

    @Test
    void aStreamIdThatCouldNotBeAFieldNameIsEscaped() {
        assertThat(ComponentHistoryDocument.streamKey("plan:b/c")).isEqualTo("plan:b/c");
        assertThat(ComponentHistoryDocument.streamKey("$odd.id%")).isEqualTo("%24odd%2Eid%25");
        assertThat(ComponentHistoryDocument.streamKey("a%2Eb")).isNotEqualTo(ComponentHistoryDocument.streamKey("a.b"));
    }

    /** All of a component's entries, as the history query reads them. */
    private ComponentHistoryDocument history(String componentId) {
        return new ComponentHistoryDocument(componentId, ComponentHistoryDocument.entriesOf(template, componentId),
                null);
    }

    private void applyAll() {
        projection.on(new ComponentRegistered("pr", "Photoresist", Category.MATERIAL, "370790",
                Sector.SEMICONDUCTOR), "e1", AT, 0, "component:pr", MetaData.emptyInstance());
        projection.on(new ExportRestrictionImposed("pr", "r1", "JP", "KR", RestrictionMeasure.INDIVIDUAL_LICENSE,
                LocalDate.of(2019, 7, 4), null), "e2", AT.plusSeconds(1), 1, "component:pr", BY_ALICE);
        projection.on(new SourcingShareChanged("c1", "samsung", "pr", "tok", new BigDecimal("0.60"),
                LocalDate.of(2019, 1, 1), null, null, null), "e3", AT.plusSeconds(2), 0, "plan:samsung/pr", BY_ALICE);
        projection.on(new SourcingChangeRetracted("c1", "samsung", "pr"), "e4", AT.plusSeconds(3), 1,
                "plan:samsung/pr", BY_ALICE);
        projection.on(new PartnershipRegistered("p1", "samsung", "dongjin", "pr", PartnershipKind.JOINT_RND,
                LocalDate.of(2019, 8, 1), null), "e5", AT.plusSeconds(4), 0,
                "partnership:samsung/dongjin/p1", MetaData.emptyInstance());
        projection.on(new FirmCapabilityDeclared("dongjin", "pr", 9, null, null, LocalDate.of(2019, 1, 1)), "e6",
                AT.plusSeconds(5), 3, "firm:dongjin", MetaData.emptyInstance());
        projection.on(new CoreItemListMemberAdded("core100", "pr"), "e7", AT.plusSeconds(6), 2,
                "core-item-list:core100", MetaData.emptyInstance());
    }
}
