package org.sobujang.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.LargestDocuments;
import org.sobujang.query.ProjectionBatches;
import org.sobujang.query.security.AccessPolicy;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One component with 1,000,000 history entries, written through the projection in processing batches of 100 as the
 * processor writes them: no document grows past its bound, and the history query's answer is every entry in
 * recording order, as far as the caller may see it.
 */
class BoundedHistoryDocumentsTest {

    private static final int EVENTS = 1_000_000;
    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
    private static final MetaData BY_ALICE = MetaData.with("principal", "alice");

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private final MongoTemplate template = MONGO.template();
    private final ComponentHistoryProjection projection = new ComponentHistoryProjection(template);
    /** Per event: its stream (0 the component, 1 samsung's plan, 2 skhynix's) and its sequence in that stream. */
    private final int[] streamOf = new int[EVENTS];
    private final int[] sequenceOf = new int[EVENTS];

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void aMillionEntriesOfOneComponentStayInDocumentsOfBoundedSizeAndAreAnsweredInOrder() {
        int[] next = new int[3];
        for (int i = 0; i < EVENTS; i++) {
            streamOf[i] = i % 1000 == 0 ? 0 : i % 2 == 0 ? 1 : 2;
            sequenceOf[i] = next[streamOf[i]]++;
        }
        ProjectionBatches.inBatches(EVENTS, 100, this::apply);

        Map<String, Integer> largest = LargestDocuments.bytes(template);
        System.out.println("largest documents after " + EVENTS + " history entries of one component, bytes: "
                           + largest);
        assertThat(largest).containsOnlyKeys(ComponentHistoryDocument.COLLECTION);
        assertThat(largest.values()).allSatisfy(bytes -> assertThat(bytes).isLessThan(LargestDocuments.ONE_MB));

        Map<String, HistoryEntryDocument> entries = ComponentHistoryDocument.entriesOf(template, "pr");
        assertThat(entries).hasSize(EVENTS);
        List<HistoryEntryView> all = HistoryController.visibleInOrder(entries, new AccessPolicy.Scope(true, null));
        assertThat(all).hasSize(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            HistoryEntryView view = all.get(i);
            if (!view.summary().equals(summary(i)) || !view.recordedAt().toInstant().equals(T0.plusMillis(i))) {
                throw new AssertionError("entry " + i + " is " + view);
            }
        }
        assertThat(all.get(10).causedBy()).isEqualTo(new HistoryEntryView.CausedBy("alice", null, null));
        assertThat(all.get(11).causedBy()).isNull();
        // a firm with no part in the plans sees the component's own entries only, a buyer its plan's too
        assertThat(HistoryController.visibleInOrder(entries, new AccessPolicy.Scope(false, "dongjin")))
                .extracting(HistoryEntryView::summary)
                .hasSize(EVENTS / 1000).startsWith(summary(0), summary(1000)).endsWith(summary(999_000));
        assertThat(HistoryController.visibleInOrder(entries, new AccessPolicy.Scope(false, "skhynix")))
                .hasSize(EVENTS / 2 + EVENTS / 1000);

        // batches handled again after a crash rewrite what they wrote
        List<Document> before = documentsOf(0, 777_000);
        ProjectionBatches.inBatches(0, 100, 100, this::apply);
        ProjectionBatches.inBatches(777_000, 777_100, 100, this::apply);
        assertThat(documentsOf(0, 777_000)).isEqualTo(before);
    }

    private void apply(int i) {
        String id = "e" + i;
        Instant at = T0.plusMillis(i);
        MetaData metaData = i % 10 == 0 ? BY_ALICE : MetaData.emptyInstance();
        int sequence = sequenceOf[i];
        if (i == 0) {
            projection.on(new ComponentRegistered("pr", "Photoresist", Category.MATERIAL, "370790",
                    Sector.SEMICONDUCTOR), id, at, sequence, "component:pr", metaData);
        } else if (streamOf[i] == 0) {
            projection.on(new ControlListEntryAdded("pr", "WASSENAAR", "3C002." + i), id, at, sequence,
                    "component:pr", metaData);
        } else {
            String buyer = streamOf[i] == 1 ? "samsung" : "skhynix";
            projection.on(new SourcingShareChanged("c" + i, buyer, "pr", "s" + i % 7,
                    new BigDecimal(i % 5).movePointLeft(2), LocalDate.of(2020, 1, 1), null, null, null), id, at,
                    sequence, "plan:" + buyer + "/pr", metaData);
        }
    }

    private static String summary(int i) {
        if (i == 0) {
            return "registered as Photoresist (MATERIAL, HS 370790, SEMICONDUCTOR)";
        }
        if (i % 1000 == 0) {
            return "control-list entry WASSENAAR 3C002." + i + " added";
        }
        return (i % 2 == 0 ? "samsung" : "skhynix") + " set supplier s" + i % 7 + " to share "
               + new BigDecimal(i % 5).movePointLeft(2).toPlainString() + " (change c" + i + ")";
    }

    /** The directory and the leaves that the batches starting at these events write. */
    private List<Document> documentsOf(int... batches) {
        Set<String> ids = new TreeSet<>(Set.of(ComponentHistoryDocument.directoryOf("pr")));
        String[] streams = {"component:pr", "plan:samsung/pr", "plan:skhynix/pr"};
        for (int batch : batches) {
            for (int i = batch; i < batch + 100; i++) {
                ids.add(ComponentHistoryDocument.leafOf("pr", streams[streamOf[i]],
                        ComponentHistoryDocument.leafOf(sequenceOf[i])));
            }
        }
        List<Document> documents = new ArrayList<>();
        ids.forEach(id -> documents.add(template.findById(id, Document.class, ComponentHistoryDocument.COLLECTION)));
        return documents;
    }
}
