package org.sobujang.query.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.query.component.RestrictionDocument;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.partnership.StageEntry;
import org.sobujang.query.sourcing.ChangeDocument;
import org.sobujang.query.sourcing.PlanState;

/** From read-model facts to §1's inputs: which restrictions count, which firms are alternatives. */
class RiskInputsTest {

    private static final LocalDate JULY_10 = LocalDate.of(2019, 7, 10);
    private static final RestrictionDocument JP_LICENCE = restriction("JP", "KR", "2019-07-04", null);

    private final Map<String, String> countries = new HashMap<>(Map.of(
            "TOK", "JP", "JSR", "JP", "DONGJIN", "KR", "SKM", "KR", "SOULBRAIN", "KR", "SHOWA", "JP"));
    private final Map<String, List<CapabilityEntry>> capabilities = new HashMap<>();
    private final Map<String, List<PartnershipTimeline>> partnerships = new HashMap<>();
    private final List<RestrictionDocument> restrictions = new ArrayList<>(List.of(JP_LICENCE));

    @Test
    void exampleAIsRestrictedFromTheEffectiveDateOn() {
        assertThat(input(photoresistPlan(), LocalDate.of(2019, 7, 3)).restrictingCountries()).isEmpty();
        assertThat(input(photoresistPlan(), LocalDate.of(2019, 7, 4)).restrictingCountries()).containsExactly("JP");
    }

    @Test
    void aRestrictionTargetingAnotherCountryDoesNotCount() {
        restrictions.set(0, restriction("JP", "CN", "2019-07-04", null));

        assertThat(input(photoresistPlan(), JULY_10).restrictingCountries()).isEmpty();
    }

    @Test
    void aLiftedRestrictionDoesNotCountFromItsLiftDateOn() {
        restrictions.set(0, restriction("JP", "KR", "2019-07-04", "2023-04-24"));

        assertThat(input(photoresistPlan(), LocalDate.of(2023, 4, 23)).restrictingCountries()).containsExactly("JP");
        assertThat(input(photoresistPlan(), LocalDate.of(2023, 4, 24)).restrictingCountries()).isEmpty();
    }

    @Test
    void aDomesticTrl9CapabilityEffectiveOnTheDateIsAnAlternative() {
        capabilities.put("SKM", List.of(CapabilityEntry.declared(9, null, null, "2019-01-01", 1)));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isEqualTo(1);
    }

    @Test
    void aCapabilityBelowTrl9OrNotYetEffectiveIsNoAlternative() {
        capabilities.put("SKM", List.of(CapabilityEntry.declared(8, null, null, "2019-01-01", 1)));
        capabilities.put("SOULBRAIN", List.of(CapabilityEntry.declared(9, null, null, "2019-07-11", 1)));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isZero();
    }

    @Test
    void aTrl9CapabilityWithdrawnBeforeTheDateDoesNotCount() {
        capabilities.put("SKM", List.of(CapabilityEntry.declared(9, null, null, "2019-01-01", 1),
                CapabilityEntry.withdrawn("2019-06-30", 2)));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isZero();
        assertThat(input(photoresistPlan(), LocalDate.of(2019, 6, 29)).qualifiedDomesticAlternatives()).isOne();
    }

    @Test
    void aLaterDeclarationReplacesTheEarlierFromItsSinceDate() {
        capabilities.put("SKM", List.of(CapabilityEntry.declared(7, null, null, "2019-01-01", 1),
                CapabilityEntry.declared(9, null, null, "2019-07-05", 2)));

        assertThat(input(photoresistPlan(), LocalDate.of(2019, 7, 4)).qualifiedDomesticAlternatives()).isZero();
        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isOne();
    }

    @Test
    void aSupplierAlreadyInThePlanIsNoAlternative() {
        capabilities.put("DONGJIN", List.of(CapabilityEntry.declared(9, null, null, "2019-01-01", 1)));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isZero();
    }

    @Test
    void aForeignTrl9FirmIsNoAlternative() {
        capabilities.put("SHOWA", List.of(CapabilityEntry.declared(9, null, null, "2019-01-01", 1)));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isZero();
    }

    @Test
    void exampleBAfterTheRevisionScores18Point9WithSkMaterialsAsTheOneAlternative() {
        countries.putAll(Map.of("STELLA", "JP", "CN1", "CN", "TW1", "TW"));
        List<ChangeDocument> plan = List.of(
                revision("r1", "2019-01-01", 1, Map.of("STELLA", "0.44", "CN1", "0.46", "TW1", "0.10")),
                revision("r2", "2020-06-01", 2,
                        Map.of("STELLA", "0.10", "CN1", "0.30", "TW1", "0.10", "SOULBRAIN", "0.50")));
        capabilities.put("SKM", List.of(CapabilityEntry.declared(9, null, null, "2020-06-01", 1)));
        // Soulbrain qualifies too, but as a supplier of the plan it is no alternative.
        capabilities.put("SOULBRAIN", List.of(CapabilityEntry.declared(9, null, null, "2020-06-01", 1)));
        DependencyRiskModel model = new DependencyRiskModel(RiskParameters.DEFAULTS);

        RiskAssessment before = model.assess(input(plan, JULY_10));
        RiskInput after = input(plan, LocalDate.of(2020, 6, 1));

        assertThat(before.score()).isEqualTo(50.3);
        assertThat(before.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(after.qualifiedDomesticAlternatives()).isOne();
        assertThat(model.assess(after).score()).isEqualTo(18.9);
        assertThat(model.assess(after).level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aDomesticSupplierAtMassProductionIsAnAlternativeFromTheDateItGotThere() {
        partnerships.put("SKM", List.of(partnership("2018-01-01 AGREED", "2019-07-05 MASS_PRODUCTION")));

        assertThat(input(photoresistPlan(), LocalDate.of(2019, 7, 4)).qualifiedDomesticAlternatives()).isZero();
        assertThat(input(photoresistPlan(), LocalDate.of(2019, 7, 5)).qualifiedDomesticAlternatives()).isOne();
    }

    @Test
    void aTerminatedPartnershipStopsQualifyingOnItsTerminationDate() {
        partnerships.put("SKM", List.of(partnership("2018-01-01 AGREED", "2019-01-01 MASS_PRODUCTION",
                "2019-07-10 TERMINATED")));

        assertThat(input(photoresistPlan(), LocalDate.of(2019, 7, 9)).qualifiedDomesticAlternatives()).isOne();
        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isZero();
    }

    @Test
    void aPartnershipShortOfMassProductionOrWithAPlanSupplierIsNoAlternative() {
        partnerships.put("SKM", List.of(partnership("2018-01-01 AGREED", "2019-01-01 PRODUCTION_EVALUATION")));
        partnerships.put("DONGJIN", List.of(partnership("2018-01-01 AGREED", "2019-01-01 MASS_PRODUCTION")));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isZero();
    }

    @Test
    void aFirmQualifiedByBothCapabilityAndPartnershipCountsOnce() {
        capabilities.put("SKM", List.of(CapabilityEntry.declared(9, null, null, "2019-01-01", 1)));
        partnerships.put("SKM", List.of(partnership("2018-01-01 AGREED", "2019-01-01 MASS_PRODUCTION")));
        partnerships.put("SOULBRAIN", List.of(partnership("2018-01-01 AGREED", "2019-01-01 MASS_PRODUCTION")));

        assertThat(input(photoresistPlan(), JULY_10).qualifiedDomesticAlternatives()).isEqualTo(2);
    }

    /** stages as "date STAGE", in recording order. */
    private static PartnershipTimeline partnership(String... stages) {
        List<StageEntry> entries = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            String[] parts = stages[i].split(" ");
            entries.add(new StageEntry(PartnershipStage.valueOf(parts[1]), parts[0], null, i));
        }
        return PartnershipTimeline.of(entries);
    }

    private RiskInput input(List<ChangeDocument> changes, LocalDate asOf) {
        return RiskInputs.of("KR", "KR", asOf, PlanState.at(changes, asOf), restrictions, capabilities, partnerships,
                countries);
    }

    private static List<ChangeDocument> photoresistPlan() {
        return List.of(revision("r1", "2019-01-01", 1, Map.of("TOK", "0.60", "JSR", "0.32", "DONGJIN", "0.08")));
    }

    private static ChangeDocument revision(String id, String effectiveFrom, long sequence, Map<String, String> shares) {
        Map<String, BigDecimal> values = new HashMap<>();
        shares.forEach((k, v) -> values.put(k, new BigDecimal(v)));
        return new ChangeDocument(ChangeDocument.Kind.REVISION, null, null, values, effectiveFrom, null, null, id,
                Instant.parse("2019-01-01T00:00:00Z"), sequence, false);
    }

    private static RestrictionDocument restriction(String imposing, String target, String from, String lifted) {
        return new RestrictionDocument(imposing, target, RestrictionMeasure.INDIVIDUAL_LICENSE, from, lifted, null);
    }
}
