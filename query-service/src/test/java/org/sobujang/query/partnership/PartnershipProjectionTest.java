package org.sobujang.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.partnership.PartnershipTerminated;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

class PartnershipProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final PartnershipProjection projection = new PartnershipProjection(template);
    private final PartnershipReadModel readModel = new PartnershipReadModel(template);

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
    void thePartnershipKeepsItsStageHistoryAndTheComponentIndexItsSuppliers() {
        applyAll();

        PartnershipDocument p1 = template.findById("p1", PartnershipDocument.class, PartnershipDocument.COLLECTION);
        assertThat(p1.kind()).isEqualTo(PartnershipKind.JOINT_RND);
        assertThat(p1.program()).isEqualTo("MOTIE 2019");
        assertThat(p1.timeline().entries()).extracting(StageEntry::stage).containsExactly(PartnershipStage.AGREED,
                PartnershipStage.PROTOTYPE, PartnershipStage.MASS_PRODUCTION);
        assertThat(p1.timeline().qualifiedOn(LocalDate.of(2020, 6, 1))).isTrue();
        assertThat(p1.timeline().qualifiedOn(LocalDate.of(2020, 5, 31))).isFalse();

        ComponentPartnershipsDocument hf = readModel.ofComponents(List.of("hf")).get("hf");
        assertThat(hf.partnerships()).containsOnlyKeys("p1", "sk-hynix/soulbrain/p2");
        assertThat(hf.bySupplier().get("soulbrain").get(0).terminated()).isTrue();
        assertThat(readModel.list(new PartnershipFilter(null, "skm", null, null, null)))
                .extracting(PartnershipDocument::publicId).containsExactly("p1");
        assertThat(readModel.list(new PartnershipFilter(null, null, "hf", null, "SUPPLY_LINKAGE")))
                .extracting(PartnershipDocument::publicId).containsExactly("p2");
        assertThat(readModel.list(new PartnershipFilter(null, null, "pr", null, null))).isEmpty();
    }

    @Test
    void resetClearsBothCollections() {
        applyAll();

        projection.reset();

        assertThat(snapshot()).isEmpty();
    }

    /** p1 as stored before ids were scoped by their parties, p2 as stored since. */
    private static final String LEGACY_P1 = AggregateIds.legacyPartnership("p1");
    private static final String P2 = AggregateIds.partnership("sk-hynix", "soulbrain", "p2");

    private void applyAll() {
        projection.on(new PartnershipRegistered("p1", "samsung", "skm", "hf", PartnershipKind.JOINT_RND,
                LocalDate.of(2019, 8, 1), "MOTIE 2019"), 0, LEGACY_P1);
        projection.on(new PartnershipStageAdvanced("p1", "samsung", "skm", "hf", PartnershipStage.AGREED,
                PartnershipStage.PROTOTYPE, LocalDate.of(2019, 12, 1), "first samples"), 1, LEGACY_P1);
        projection.on(new PartnershipStageAdvanced("p1", "samsung", "skm", "hf", PartnershipStage.PROTOTYPE,
                PartnershipStage.MASS_PRODUCTION, LocalDate.of(2020, 6, 1), null), 2, LEGACY_P1);
        projection.on(new PartnershipRegistered("p2", "sk-hynix", "soulbrain", "hf", PartnershipKind.SUPPLY_LINKAGE,
                LocalDate.of(2019, 9, 1), null), 0, P2);
        projection.on(new PartnershipTerminated("p2", "sk-hynix", "soulbrain", "hf", PartnershipStage.AGREED,
                LocalDate.of(2020, 1, 1), "budget cut"), 1, P2);
    }

    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>(template.findAll(Document.class, PartnershipDocument.COLLECTION));
        all.addAll(template.findAll(Document.class, ComponentPartnershipsDocument.COLLECTION));
        return all;
    }
}
