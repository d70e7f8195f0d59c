package org.sobujang.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.RestrictionDocument;
import org.sobujang.query.coreitems.LocalizationTargets;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.national.ComponentPool;
import org.sobujang.query.national.DisclosureControl;
import org.sobujang.query.national.NationalRiskModel;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.StageEntry;
import org.sobujang.query.risk.DependencyRiskModel;
import org.sobujang.query.risk.RiskParameters;
import org.sobujang.query.sourcing.ChangeDocument;
import org.sobujang.query.sourcing.SourcingPlanDocument;

/**
 * Pins risk-model.md §4 on a small pool. Photoresist (pr): buyers a (TOK 1.0), b (TOK 1.0), c (Dongjin 1.0), 100 kg
 * each; hydrogen fluoride (hf): buyer a (Stella 1.0), 50 kg. JP restricts both from 2019-07-04. SK Materials reaches
 * mass production of hf on 2019-07-15; Dongjin declares TRL 9 for pr from 2019-08-01; Soulbrain's pr partnership is
 * terminated on 2019-08-10.
 */
class LocalizationProgressTest {

    private static final LocalDate JUNE = LocalDate.of(2019, 6, 30);
    private static final LocalDate JULY = LocalDate.of(2019, 7, 31);
    private static final LocalDate AUGUST = LocalDate.of(2019, 8, 31);
    private static final LocalDate JANUARY_2021 = LocalDate.of(2021, 1, 31);

    private final LocalizationProgress progress = new LocalizationProgress(new NationalRiskModel(
            new DependencyRiskModel(RiskParameters.DEFAULTS), DisclosureControl.DEFAULTS, "KR"));

    @Test
    void sharesAreWeightedOverThePlansOfThePublishableComponentsInScope() {
        List<ProgressPoint> points = progress.evaluate(pool("100", "pr", "hf"), List.of(JUNE, JULY), null);

        // hf has one buyer: suppressed on its own, so withheld from the scope (§2, against differencing).
        // Domestic: only c's 100 kg of pr's 300 kg; restricted from July: a and b on pr.
        assertThat(points.get(0).domesticShare()).isCloseTo(100.0 / 300, within(1e-12));
        assertThat(points.get(0).restrictedShare()).isZero();
        assertThat(points.get(1).domesticShare()).isCloseTo(100.0 / 300, within(1e-12));
        assertThat(points.get(1).restrictedShare()).isCloseTo(200.0 / 300, within(1e-12));
        assertThat(points).allSatisfy(p -> {
            assertThat(p.suppressedReason()).isNull();
            assertThat(p.componentsInScope()).isEqualTo(2);
            assertThat(p.componentsWithheld()).isEqualTo(1);
            assertThat(p.targetShare()).isNull();
        });
    }

    @Test
    void aScopeOfWithheldComponentsOnlyIsSuppressed() {
        ProgressPoint point = progress.evaluate(pool("100", "hf"), List.of(JULY), null).get(0);

        assertThat(point.suppressedReason()).isEqualTo(DisclosureControl.TOO_FEW_FIRMS);
        assertThat(point.domesticShare()).isNull();
        assertThat(point.restrictedShare()).isNull();
        assertThat(point.componentsWithheld()).isEqualTo(1);
    }

    @Test
    void countsQualifiedComponentsAndPublishedHighRisksAndStagesAsOfEachDate() {
        List<ProgressPoint> points = progress.evaluate(pool("100", "pr", "hf"), List.of(JUNE, JULY, AUGUST), null);

        assertThat(points).extracting(ProgressPoint::componentsWithQualifiedDomesticSupplier)
                          .containsExactly(0, 1, 2);
        // pr pools to TOK 2/3, Dongjin 1/3: 57.8 HIGH under the licence; hf would be CRITICAL but is suppressed.
        assertThat(points).extracting(ProgressPoint::componentsAtHighRisk).containsExactly(0, 1, 1);
        assertThat(stages(points.get(0))).containsEntry(PartnershipStage.AGREED, 2)
                                         .containsEntry(PartnershipStage.MASS_PRODUCTION, 0);
        assertThat(stages(points.get(1))).containsEntry(PartnershipStage.AGREED, 1)
                                         .containsEntry(PartnershipStage.MASS_PRODUCTION, 1);
        assertThat(stages(points.get(2))).containsEntry(PartnershipStage.AGREED, 0)
                                         .containsEntry(PartnershipStage.MASS_PRODUCTION, 1)
                                         .containsEntry(PartnershipStage.TERMINATED, 1);
        assertThat(points.get(0).partnershipsByStage()).hasSize(PartnershipStage.values().length);
    }

    @Test
    void theTargetIsTheFirstDueOnOrAfterTheDateAndNoneAfterTheLast() {
        LocalizationTargets targets = LocalizationTargets.of(Map.of(
                "2020-12-31", new BigDecimal("0.5"), "2019-07-31", new BigDecimal("0.3")));

        List<ProgressPoint> points = progress.evaluate(pool("100", "pr", "hf"),
                List.of(JUNE, JULY, AUGUST, JANUARY_2021), targets);

        assertThat(points).extracting(ProgressPoint::targetShare).containsExactly(new BigDecimal("0.3"),
                new BigDecimal("0.3"), new BigDecimal("0.5"), null);
    }

    @Test
    void fewerThanThreeBuyersSuppressTheSharesButNotTheCounts() {
        ProgressPoint point = progress.evaluate(pool("100", "hf"), List.of(JULY), null).get(0);

        assertThat(point.suppressedReason()).isEqualTo(DisclosureControl.TOO_FEW_FIRMS);
        assertThat(point.domesticShare()).isNull();
        assertThat(point.restrictedShare()).isNull();
        assertThat(point.componentsInScope()).isEqualTo(1);
        assertThat(point.componentsWithQualifiedDomesticSupplier()).isEqualTo(1);
        assertThat(point.componentsAtHighRisk()).isZero();
    }

    @Test
    void oneBuyerOverThreeQuartersOfTheWeightSuppressesTheShares() {
        // Buyer a: 1000 kg of pr's 1200 kg: 83 %. pr is withheld, and a scope of it alone says why.
        ProgressPoint point = progress.evaluate(pool("1000", "pr"), List.of(JULY), null).get(0);

        assertThat(point.suppressedReason()).isEqualTo(DisclosureControl.DOMINANCE);
        assertThat(point.domesticShare()).isNull();
        assertThat(point.componentsInScope()).isEqualTo(1);
        assertThat(point.componentsWithheld()).isEqualTo(1);
        // with hf (one buyer, too few firms) beside it, nothing is publishable for two reasons: too few firms
        assertThat(progress.evaluate(pool("1000", "pr", "hf"), List.of(JULY), null).get(0).suppressedReason())
                .isEqualTo(DisclosureControl.TOO_FEW_FIRMS);
    }

    private static Map<PartnershipStage, Integer> stages(ProgressPoint point) {
        return point.partnershipsByStage().stream()
                    .collect(Collectors.toMap(ProgressPoint.StageCount::stage, ProgressPoint.StageCount::count));
    }

    /** The pool described above, limited to {@code components}; buyer a's pr volume is {@code volumeOfA}. */
    private static ComponentPool pool(String volumeOfA, String... components) {
        Map<String, ComponentDocument> all = Map.of("pr", component("pr", "370790"), "hf",
                component("hf", "281111"));
        Map<String, List<SourcingPlanDocument>> plans = Map.of(
                "pr", List.of(plan("a", "pr", "tok", volumeOfA), plan("b", "pr", "tok", "100"),
                        plan("c", "pr", "dongjin", "100")),
                "hf", List.of(plan("a", "hf", "stella", "50")));
        Map<String, ComponentCapabilitiesDocument> capabilities = Map.of("pr", new ComponentCapabilitiesDocument(
                "pr", Map.of("dongjin", Map.of("1", CapabilityEntry.declared(9, null, null, "2019-08-01", 1)))));
        Map<String, ComponentPartnershipsDocument> partnerships = Map.of(
                "hf", new ComponentPartnershipsDocument("hf", Map.of("p1", new ComponentPartnershipsDocument.Member(
                        "a", "skm", Map.of("0", stage(PartnershipStage.AGREED, "2019-01-10", 0),
                        "1", stage(PartnershipStage.MASS_PRODUCTION, "2019-07-15", 1))))),
                "pr", new ComponentPartnershipsDocument("pr", Map.of("p2", new ComponentPartnershipsDocument.Member(
                        "b", "soulbrain", Map.of("0", stage(PartnershipStage.AGREED, "2019-02-01", 0),
                        "1", stage(PartnershipStage.TERMINATED, "2019-08-10", 1))))));
        Map<String, ComponentDocument> scope = new HashMap<>();
        for (String id : components) {
            scope.put(id, all.get(id));
        }
        return new ComponentPool(scope, plans, capabilities, partnerships, Map.of("tok", "JP", "stella", "JP",
                "dongjin", "KR", "skm", "KR", "soulbrain", "KR"), "KR");
    }

    private static ComponentDocument component(String id, String hs) {
        return new ComponentDocument(id, id, Category.MATERIAL, hs, Sector.SEMICONDUCTOR, List.of(), Map.of(
                id + "-jp", new RestrictionDocument("JP", "KR", RestrictionMeasure.INDIVIDUAL_LICENSE, "2019-07-04",
                        null, null)));
    }

    private static SourcingPlanDocument plan(String buyer, String component, String supplier, String volume) {
        ChangeDocument change = new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, supplier, BigDecimal.ONE, null,
                "2019-01-01", new BigDecimal(volume), "kg", null, null, 0, null);
        return new SourcingPlanDocument(SourcingPlanDocument.idOf(buyer, component), buyer, component,
                Map.of("c1", change));
    }

    private static StageEntry stage(PartnershipStage stage, String on, long sequence) {
        return new StageEntry(stage, on, null, sequence);
    }
}
