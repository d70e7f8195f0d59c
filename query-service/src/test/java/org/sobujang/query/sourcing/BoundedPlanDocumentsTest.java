package org.sobujang.query.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.LargestDocuments;
import org.sobujang.query.ProjectionBatches;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One plan with 100,000 changes, written through the projections in processing batches of 100 as the processors
 * write them: no document of the read store grows past its bound, and the plan reads back change for change.
 */
class BoundedPlanDocumentsTest {

    private static final int EVENTS = 100_000;
    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
    private static final LocalDate D0 = LocalDate.of(2000, 1, 1);

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private final MongoTemplate template = MONGO.template();
    private final SourcingPlanProjection plans = new SourcingPlanProjection(template);
    private final BuyerPlansProjection buyers = new BuyerPlansProjection(template);
    private final ComponentPlansProjection components = new ComponentPlansProjection(template);
    private final SourcingReadModel readModel = new SourcingReadModel(template);

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void aHundredThousandChangesOfOnePlanStayInDocumentsOfBoundedSizeAndReadBackExactly() {
        Map<String, ChangeDocument> expected = new LinkedHashMap<>();
        ProjectionBatches.inBatches(EVENTS, 100, i -> apply(i, expected));

        Map<String, Integer> largest = LargestDocuments.bytes(template);
        System.out.println("largest documents after " + EVENTS + " changes of one plan, bytes: " + largest);
        assertThat(largest).containsOnlyKeys(PlanHeadDocument.COLLECTION, PlanChunkDocument.COLLECTION,
                BuyerPlansDocument.COLLECTION, ComponentPlansDocument.COLLECTION);
        assertThat(largest.values()).allSatisfy(bytes -> assertThat(bytes).isLessThan(LargestDocuments.ONE_MB));
        Document head = template.findById("samsung/pr", Document.class, PlanHeadDocument.COLLECTION);
        assertThat(head.get("changes", Document.class)).hasSize(PlanHeadDocument.INLINE);
        assertThat(head.get("chunks")).isEqualTo((long) (EVENTS - PlanHeadDocument.INLINE) / PlanChunkDocument.EVENTS);
        assertThat(template.findAll(Document.class, PlanChunkDocument.COLLECTION)).allSatisfy(chunk -> assertThat(
                chunk.get("changes", new Document()).size()
                + chunk.get("retracted", new Document()).size())
                .isEqualTo(PlanChunkDocument.EVENTS));

        SourcingPlanDocument plan = readModel.plan("samsung", "pr").orElseThrow();
        assertThat(plan.changes()).isEqualTo(expected);
        for (LocalDate date : List.of(D0.minusDays(1), D0.plusDays(400), LocalDate.of(2012, 2, 29),
                LocalDate.of(2027, 6, 30), LocalDate.of(2100, 1, 1))) {
            assertThat(shares(PlanState.at(plan.changes().values(), date))).as("shares in force at %s", date)
                    .isEqualTo(naiveFold(expected, date));
        }
        assertThat(readModel.componentsOf("samsung")).containsExactly("pr");
        assertThat(readModel.buyersOf(List.of("pr"))).containsExactly(Map.entry("pr", List.of("samsung")));

        // a batch handled again after a crash, one in the head and one among the chunks, rewrites what it wrote
        List<Document> before = documents();
        ProjectionBatches.inBatches(0, 100, 100, i -> apply(i, new HashMap<>()));
        ProjectionBatches.inBatches(61_000, 61_100, 100, i -> apply(i, new HashMap<>()));
        assertThat(documents()).isEqualTo(before);
    }

    /**
     * Event {@code i} of the plan: mostly single shares of seven suppliers (0 takes one out), a revision every
     * 1,000 events, the share change just before every 50th event retracted by it; dates a day every ten events,
     * every 13th backdated by a month.
     */
    private void apply(int i, Map<String, ChangeDocument> expected) {
        LocalDate effective = D0.plusDays(i / 10 - (i % 13 == 0 ? 30 : 0));
        Instant recordedAt = T0.plusMillis(i);
        if (i % 1000 == 0) {
            SourcingPlanRevised revised = new SourcingPlanRevised("c" + i, "samsung", "pr", effective,
                    List.of(new SupplierShareValue("s1", new BigDecimal("0.30")),
                            new SupplierShareValue("s" + (2 + i / 1000 % 5), new BigDecimal("0.25"))),
                    new BigDecimal(1000 + i), "kg", "revision " + i);
            plans.on(revised, i, recordedAt);
            buyers.on(revised);
            components.on(revised);
            expected.put(revised.changeId(), new ChangeDocument(ChangeDocument.Kind.REVISION, null, null,
                    Map.of("s1", new BigDecimal("0.30"), "s" + (2 + i / 1000 % 5), new BigDecimal("0.25")),
                    effective.toString(), new BigDecimal(1000 + i), "kg", "revision " + i, recordedAt, i, null));
        } else if (i % 50 == 25) {
            plans.on(new SourcingChangeRetracted("c" + (i - 1), "samsung", "pr"), i);
            ChangeDocument retracted = expected.get("c" + (i - 1));
            if (retracted != null) {
                expected.put("c" + (i - 1), retracted.asRetracted());
            }
        } else {
            BigDecimal share = new BigDecimal(i % 5).movePointLeft(2);
            BigDecimal volume = i % 3 == 0 ? new BigDecimal(i) : null;
            SourcingShareChanged changed = new SourcingShareChanged("c" + i, "samsung", "pr", "s" + (i % 7), share,
                    effective, volume, volume == null ? null : "kg", "ERP row " + i);
            plans.on(changed, i, recordedAt);
            buyers.on(changed);
            components.on(changed);
            expected.put(changed.changeId(), new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, "s" + (i % 7),
                    share, null, effective.toString(), volume, volume == null ? null : "kg", "ERP row " + i,
                    recordedAt, i, null));
        }
    }

    private static Map<String, BigDecimal> shares(PlanState state) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        state.suppliers().forEach((supplier, position) -> shares.put(supplier, position.share()));
        return shares;
    }

    /** The shares in force, folded the plain way: every change in date and recording order, none skipped. */
    private static Map<String, BigDecimal> naiveFold(Map<String, ChangeDocument> changes, LocalDate date) {
        List<ChangeDocument> inForce = new ArrayList<>(changes.values().stream()
                .filter(c -> !c.isRetracted() && !LocalDate.parse(c.effectiveFrom()).isAfter(date)).toList());
        inForce.sort(Comparator.comparing((ChangeDocument c) -> LocalDate.parse(c.effectiveFrom()))
                               .thenComparingLong(ChangeDocument::sequence));
        Map<String, BigDecimal> shares = new TreeMap<>();
        for (ChangeDocument change : inForce) {
            if (change.kind() == ChangeDocument.Kind.REVISION) {
                shares.clear();
                change.shares().forEach((supplier, share) -> {
                    if (share.signum() > 0) {
                        shares.put(supplier, share);
                    }
                });
            } else if (change.share().signum() == 0) {
                shares.remove(change.supplierId());
            } else {
                shares.put(change.supplierId(), change.share());
            }
        }
        return shares;
    }

    private List<Document> documents() {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of(PlanHeadDocument.COLLECTION, PlanChunkDocument.COLLECTION,
                BuyerPlansDocument.COLLECTION, ComponentPlansDocument.COLLECTION)) {
            List<Document> documents = new ArrayList<>(template.findAll(Document.class, collection));
            documents.sort(Comparator.comparing(document -> document.getString("_id")));
            all.addAll(documents);
        }
        return all;
    }
}
