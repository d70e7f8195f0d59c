package org.sobujang.query.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.readstore.Documents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class SourcingProjectionsTest {

    private static final Instant RECORDED = Instant.parse("2019-07-11T01:02:03Z");
    private static final SourcingShareChanged TOK = new SourcingShareChanged("c1", "samsung", "pr", "tok",
            new BigDecimal("0.60"), LocalDate.of(2019, 1, 1), new BigDecimal("1000"), "kg", "contract 12");
    private static final SourcingPlanRevised REVISED = new SourcingPlanRevised("c2", "samsung", "pr",
            LocalDate.of(2019, 1, 1), List.of(new SupplierShareValue("tok", new BigDecimal("0.60")),
            new SupplierShareValue("jsr", new BigDecimal("0.32")),
            new SupplierShareValue("dongjin", new BigDecimal("0.08"))), null, null, null);
    private static final SourcingShareChanged MISTAKE = new SourcingShareChanged("c3", "samsung", "pr", "jsr",
            new BigDecimal("0.01"), LocalDate.of(2019, 2, 1), null, null, null);
    private static final SourcingShareChanged OTHER_PLAN = new SourcingShareChanged("c1", "samsung", "hf", "stella",
            new BigDecimal("0.44"), LocalDate.of(2019, 1, 1), null, null, null);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final SourcingPlanProjection plans = new SourcingPlanProjection(template);
    private final BuyerPlansProjection buyers = new BuyerPlansProjection(template);
    private final SourcingReadModel readModel = new SourcingReadModel(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = snapshot();

        applyAll();

        assertThat(snapshot()).isEqualTo(once);
    }

    @Test
    void reapplyingARetractedChangeLeavesItRetracted() {
        applyAll();

        plans.on(MISTAKE, 3, RECORDED);

        ChangeDocument mistake = readModel.plan("samsung", "pr").orElseThrow().changes().get("c3");
        assertThat(mistake.isRetracted()).isTrue();
    }

    @Test
    void thePlanKeepsEveryChangeWithExactSharesAndFoldsWithoutTheRetractedOne() {
        applyAll();

        SourcingPlanDocument plan = readModel.plan("samsung", "pr").orElseThrow();
        assertThat(plan.changes()).containsOnlyKeys("c1", "c2", "c3");
        ChangeDocument first = plan.changes().get("c1");
        assertThat(first.share()).isEqualTo(new BigDecimal("0.60"));
        assertThat(first.recordedAt()).isEqualTo(RECORDED);
        assertThat(first.evidence()).isEqualTo("contract 12");
        assertThat(plan.changes().get("c2").shares()).containsEntry("dongjin", new BigDecimal("0.08"));
        PlanState state = PlanState.at(plan.changes().values(), LocalDate.of(2019, 7, 1));
        assertThat(state.suppliers().get("jsr").share()).isEqualTo(new BigDecimal("0.32"));
        assertThat(state.annualVolume()).isEqualByComparingTo("1000");
        assertThat(readModel.componentsOf("samsung")).containsExactlyInAnyOrder("pr", "hf");
    }

    @Test
    void resetClearsWhatEachProjectionOwns() {
        applyAll();

        plans.reset();
        assertThat(template.count(new Query(), PlanHeadDocument.COLLECTION)).isZero();
        assertThat(template.count(new Query(), PlanChunkDocument.COLLECTION)).isZero();
        assertThat(readModel.componentsOf("samsung")).hasSize(2);

        buyers.reset();
        assertThat(readModel.componentsOf("samsung")).isEmpty();
    }

    @Test
    void aLongPlanReadsTheSameInWhateverOrderAndHoweverOftenItsEventsAreApplied() {
        // every tenth event retracts a change: in the head from the head, in the head from a chunk, in a chunk
        List<Integer> retracted = List.of(8, 1, 12, 22, 38, 40, 50, 44, 77, 81, 100, 118);
        List<Runnable> events = new ArrayList<>();
        for (String buyer : List.of("inOrder", "shuffled")) {
            List<Runnable> ofPlan = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int sequence = i;
                if (i % 10 == 9) {
                    ofPlan.add(() -> plans.on(new SourcingChangeRetracted("c" + retracted.get(sequence / 10), buyer,
                            "pr"), sequence));
                } else {
                    ofPlan.add(() -> plans.on(new SourcingShareChanged("c" + sequence, buyer, "pr", "s" + sequence % 4,
                            new BigDecimal("0.2"), LocalDate.of(2019, 1, 1).plusDays(sequence), null, null, null),
                            sequence, RECORDED.plusSeconds(sequence)));
                }
            }
            if (buyer.equals("shuffled")) {
                Collections.shuffle(ofPlan, new Random(7));
                ofPlan.addAll(ofPlan.subList(0, 40));
            }
            events.addAll(ofPlan);
        }

        events.forEach(Runnable::run);

        SourcingPlanDocument inOrder = readModel.plan("inOrder", "pr").orElseThrow();
        SourcingPlanDocument shuffled = readModel.plan("shuffled", "pr").orElseThrow();
        assertThat(inOrder.changes()).hasSize(108).isEqualTo(shuffled.changes());
        assertThat(inOrder.changes().values().stream().filter(ChangeDocument::isRetracted)
                          .map(c -> (int) c.sequence())).containsExactlyInAnyOrderElementsOf(retracted);
        assertThat(template.findById("inOrder/pr", Document.class, PlanHeadDocument.COLLECTION).get("changes",
                Document.class)).hasSize(15);
        assertThat(template.count(new Query(), PlanChunkDocument.COLLECTION)).isEqualTo(2 * 7);

        plans.reset();
        assertThat(template.count(new Query(), PlanChunkDocument.COLLECTION)).isZero();
    }

    @Test
    void aHeadWrittenBeforeChunksIsReadAsItIsAndLaterEventsGoToChunks() {
        // the earlier layout: the plan's one document with every change, here sequences 0 to 39, c7 retracted
        // among them and c38 and c39 by retractions at sequences 40 and 41, which it kept only as flags
        for (int i = 0; i < 40; i++) {
            String change = "changes.c" + i + ".";
            Update update = new Update().set("buyerId", "samsung").set("componentId", "pr")
                    .set(change + "kind", "SHARE_CHANGE").set(change + "supplierId", "s" + i % 3)
                    .set(change + "share", Documents.decimal(new BigDecimal("0.3")))
                    .set(change + "effectiveFrom", LocalDate.of(2019, 1, 1).plusDays(i).toString())
                    .set(change + "sequence", (long) i);
            if (i == 7 || i == 38 || i == 39) {
                update.set(change + "retracted", true);
            }
            template.upsert(Documents.byId("samsung/pr"), update, PlanHeadDocument.COLLECTION);
        }
        SourcingPlanDocument before = readModel.plan("samsung", "pr").orElseThrow();
        assertThat(before.changes()).hasSize(40);

        // the events after them, the first one in the middle of what would be a chunk
        plans.on(new SourcingShareChanged("c42", "samsung", "pr", "s9", new BigDecimal("0.1"),
                LocalDate.of(2020, 1, 1), null, null, null), 42, RECORDED);
        plans.on(new SourcingChangeRetracted("c3", "samsung", "pr"), 43);
        plans.on(new SourcingShareChanged("c60", "samsung", "pr", "s9", new BigDecimal("0.2"),
                LocalDate.of(2021, 1, 1), null, null, null), 60, RECORDED);

        SourcingPlanDocument after = readModel.plan("samsung", "pr").orElseThrow();
        assertThat(after.changes()).hasSize(42).containsKeys("c0", "c39", "c42", "c60");
        assertThat(after.changes().values().stream().filter(ChangeDocument::isRetracted).map(c -> c.sequence()))
                .containsExactlyInAnyOrder(3L, 7L, 38L, 39L);
        assertThat(PlanState.at(after.changes().values(), LocalDate.of(2021, 6, 1)).suppliers().get("s9").share())
                .isEqualByComparingTo("0.2");
    }

    private void applyAll() {
        plans.on(TOK, 0, RECORDED);
        buyers.on(TOK);
        plans.on(REVISED, 1, RECORDED.plusSeconds(1));
        buyers.on(REVISED);
        plans.on(MISTAKE, 2, RECORDED.plusSeconds(2));
        buyers.on(MISTAKE);
        plans.on(new SourcingChangeRetracted("c3", "samsung", "pr"), 3);
        plans.on(OTHER_PLAN, 0, RECORDED);
        buyers.on(OTHER_PLAN);
    }

    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>(template.findAll(Document.class, PlanHeadDocument.COLLECTION));
        all.addAll(template.findAll(Document.class, PlanChunkDocument.COLLECTION));
        all.addAll(template.findAll(Document.class, BuyerPlansDocument.COLLECTION));
        return all;
    }
}
