package org.sobujang.query.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

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
        assertThat(template.count(new Query(), SourcingPlanDocument.COLLECTION)).isZero();
        assertThat(readModel.componentsOf("samsung")).hasSize(2);

        buyers.reset();
        assertThat(readModel.componentsOf("samsung")).isEmpty();
    }

    private void applyAll() {
        plans.on(TOK, 0, RECORDED);
        buyers.on(TOK);
        plans.on(REVISED, 1, RECORDED.plusSeconds(1));
        buyers.on(REVISED);
        plans.on(MISTAKE, 2, RECORDED.plusSeconds(2));
        buyers.on(MISTAKE);
        plans.on(new SourcingChangeRetracted("c3", "samsung", "pr"));
        plans.on(OTHER_PLAN, 0, RECORDED);
        buyers.on(OTHER_PLAN);
    }

    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>(template.findAll(Document.class, SourcingPlanDocument.COLLECTION));
        all.addAll(template.findAll(Document.class, BuyerPlansDocument.COLLECTION));
        return all;
    }
}
