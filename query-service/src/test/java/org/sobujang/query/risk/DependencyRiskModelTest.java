package org.sobujang.query.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins risk-model.md §1: every worked example, and the edges of the formula. */
class DependencyRiskModelTest {

    private final DependencyRiskModel model = new DependencyRiskModel(RiskParameters.DEFAULTS);

    /** suppliers as "id:country:share"; factors in the order RX, FD, CC, SC, SS. */
    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("A on 2019-07-01, no restriction yet",
                        "TOK:JP:0.60 JSR:JP:0.32 DONGJIN:KR:0.08", Set.of(), 0,
                        new double[] {0, 0.92, 0.8528, 0.4688, 0}, 33.5, RiskLevel.MEDIUM),
                Arguments.of("A on 2019-07-10, JP licence in force",
                        "TOK:JP:0.60 JSR:JP:0.32 DONGJIN:KR:0.08", Set.of("JP"), 0,
                        new double[] {0.92, 0.92, 0.8528, 0.4688, 0}, 79.5, RiskLevel.CRITICAL),
                Arguments.of("B on 2019-07-10",
                        "STELLA:JP:0.44 CN1:CN:0.46 TW1:TW:0.10", Set.of("JP"), 0,
                        new double[] {0.44, 1.0, 0.4152, 0.4152, 0}, 50.3, RiskLevel.HIGH),
                Arguments.of("B from 2020-06-01, one qualified domestic alternative",
                        "STELLA:JP:0.10 CN1:CN:0.30 TW1:TW:0.10 SOULBRAIN:KR:0.50", Set.of("JP"), 1,
                        new double[] {0.10, 0.50, 0.36, 0.36, 0}, 18.9, RiskLevel.LOW),
                Arguments.of("C single domestic source",
                        "DOM:KR:1.0", Set.of(), 0,
                        new double[] {0, 0, 1, 1, 1}, 30.0, RiskLevel.MEDIUM),
                Arguments.of("D single restricted foreign source",
                        "FOR:JP:1.0", Set.of("JP"), 0,
                        new double[] {1, 1, 1, 1, 1}, 100.0, RiskLevel.CRITICAL),
                Arguments.of("A with unnormalized shares (half the demand unsourced) scores as A",
                        "TOK:JP:0.30 JSR:JP:0.16 DONGJIN:KR:0.04", Set.of(), 0,
                        new double[] {0, 0.92, 0.8528, 0.4688, 0}, 33.5, RiskLevel.MEDIUM),
                Arguments.of("a zero share is no supplier: single source remains",
                        "DOM:KR:0.4 GONE:JP:0", Set.of("JP"), 0,
                        new double[] {0, 0, 1, 1, 1}, 30.0, RiskLevel.MEDIUM),
                Arguments.of("C with two alternatives: m = 0.7",
                        "DOM:KR:1.0", Set.of(), 2,
                        new double[] {0, 0, 1, 1, 1}, 21.0, RiskLevel.LOW),
                Arguments.of("C with five alternatives: ALT capped at 2",
                        "DOM:KR:1.0", Set.of(), 5,
                        new double[] {0, 0, 1, 1, 1}, 21.0, RiskLevel.LOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void scoresTheWorkedExamples(String name, String suppliers, Set<String> restricting, int alternatives,
                                 double[] factors, double score, RiskLevel level) {
        RiskAssessment assessment = model.assess(new RiskInput("KR", suppliers(suppliers), restricting, alternatives));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.factors()).extracting(RiskFactor::name).containsExactly(
                RiskFactor.RESTRICTED_SHARE, RiskFactor.FOREIGN_DEPENDENCE, RiskFactor.COUNTRY_CONCENTRATION,
                RiskFactor.SUPPLIER_CONCENTRATION, RiskFactor.SINGLE_SOURCE);
        double m = 1 - 0.15 * Math.min(alternatives, 2);
        double[] weights = {0.50, 0.20, 0.15, 0.05, 0.10};
        for (int i = 0; i < factors.length; i++) {
            RiskFactor factor = assessment.factors().get(i);
            assertThat(factor.value()).as(factor.name()).isCloseTo(factors[i], within(1e-9));
            assertThat(factor.weight()).as(factor.name()).isEqualTo(weights[i]);
            assertThat(factor.contribution()).as(factor.name())
                                             .isCloseTo(100 * weights[i] * factors[i] * m, within(1e-9));
        }
    }

    @Test
    void exampleAContributionsAddUpToTheUnroundedScore() {
        RiskAssessment assessment = model.assess(new RiskInput("KR",
                suppliers("TOK:JP:0.60 JSR:JP:0.32 DONGJIN:KR:0.08"), Set.of("JP"), 0));

        assertThat(assessment.factors().stream().mapToDouble(RiskFactor::contribution).sum())
                .isCloseTo(79.536, within(1e-9));
        assertThat(assessment.factors().get(1).contribution()).isCloseTo(18.4, within(1e-9));
    }

    @Test
    void noSourcingHasNoScoreNoLevelAndNoFactors() {
        RiskAssessment empty = model.assess(new RiskInput("KR", List.of(), Set.of("JP"), 1));
        RiskAssessment onlyZeros = model.assess(new RiskInput("KR", suppliers("GONE:JP:0"), Set.of(), 0));

        for (RiskAssessment assessment : List.of(empty, onlyZeros)) {
            assertThat(assessment.score()).isNull();
            assertThat(assessment.level()).isNull();
            assertThat(assessment.factors()).isEmpty();
            assertThat(assessment.hasScore()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, LOW", "24.9, LOW", "25, MEDIUM", "49.9, MEDIUM", "50, HIGH", "74.9, HIGH", "75, CRITICAL",
                "100, CRITICAL"})
    void levelsComeFromTheRoundedScore(double score, RiskLevel level) {
        assertThat(RiskParameters.DEFAULTS.levelOf(score)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"24.95, 25.0", "24.94999, 24.9", "12.25, 12.3", "33.536, 33.5", "18.87, 18.9"})
    void scoresRoundHalfUpToOneDecimal(double raw, double rounded) {
        assertThat(DependencyRiskModel.roundHalfUp(raw)).isEqualTo(rounded);
    }

    @Test
    void binaryNoiseDoesNotDefeatHalfUp() {
        // A true 12.25 computed in binary can come out as 12.249999999999998.
        assertThat(DependencyRiskModel.roundHalfUp(12.249999999999998)).isEqualTo(12.3);
    }

    @Test
    void configuredParametersReplaceTheDefaults() {
        RiskParameters strict = new RiskParameters(0.50, 0.20, 0.15, 0.05, 0.10, 0.25, 1, 10, 20, 30);
        RiskAssessment assessment = new DependencyRiskModel(strict)
                .assess(new RiskInput("KR", suppliers("DOM:KR:1.0"), Set.of(), 2));

        assertThat(assessment.score()).isEqualTo(22.5);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
    }

    private static List<RiskInput.Supplier> suppliers(String spec) {
        return Arrays.stream(spec.split(" "))
                     .map(s -> s.split(":"))
                     .map(p -> new RiskInput.Supplier(p[0], p[1], Double.parseDouble(p[2])))
                     .toList();
    }
}
