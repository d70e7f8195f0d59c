package org.sobujang.query.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sobujang.query.risk.DependencyRiskModel;
import org.sobujang.query.risk.RiskFactor;
import org.sobujang.query.risk.RiskLevel;
import org.sobujang.query.risk.RiskParameters;

/** Pins risk-model.md §2: pooling weights, disclosure control at its boundaries, §1 on the pooled shares. */
class NationalRiskModelTest {

    private static final Map<String, String> COUNTRIES = Map.of("tok", "JP", "jsr", "JP", "dongjin", "KR",
            "skm", "KR");
    private final NationalRiskModel model = new NationalRiskModel(
            new DependencyRiskModel(RiskParameters.DEFAULTS), DisclosureControl.DEFAULTS, "KR");

    /** plans as "buyer:volume unit:supplier=share,supplier=share", volume "-" for none. */
    static Stream<Arguments> disclosure() {
        return Stream.of(
                Arguments.of("no plan at all", List.of(), 0, DisclosureControl.TOO_FEW_FIRMS),
                Arguments.of("two buyers are too few",
                        List.of("a:- :tok=1", "b:- :jsr=1"), 2, DisclosureControl.TOO_FEW_FIRMS),
                Arguments.of("two buyers dominated: too few is checked first",
                        List.of("a:900 kg:tok=1", "b:100 kg:jsr=1"), 2, DisclosureControl.TOO_FEW_FIRMS),
                Arguments.of("a plan without sourcing does not contribute",
                        List.of("a:- :tok=1", "b:- :jsr=1", "c:- :tok=0"), 2, DisclosureControl.TOO_FEW_FIRMS),
                Arguments.of("three equal buyers are published",
                        List.of("a:- :tok=1", "b:- :jsr=1", "c:- :dongjin=1"), 3, null),
                Arguments.of("exactly 75 % of the weight is published",
                        List.of("a:750 kg:tok=1", "b:125 kg:jsr=1", "c:125 kg:dongjin=1"), 3, null),
                Arguments.of("75.01 % of the weight is suppressed",
                        List.of("a:7501 kg:tok=1", "b:1249.5 kg:jsr=1", "c:1249.5 kg:dongjin=1"), 3,
                        DisclosureControl.DOMINANCE),
                Arguments.of("volumes in unequal units: weights 1, so no dominance",
                        List.of("a:9000 kg:tok=1", "b:1 t:jsr=1", "c:1 t:dongjin=1"), 3, null),
                Arguments.of("a plan without volume: weights 1",
                        List.of("a:9000 kg:tok=1", "b:- :jsr=1", "c:10 kg:dongjin=1"), 3, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosure")
    void disclosureControl(String name, List<String> plans, int buyers, String reason) {
        NationalAssessment assessment = model.assess(plans(plans), Set.of(), Set.of(), COUNTRIES);

        assertThat(assessment.contributingBuyers()).isEqualTo(buyers);
        assertThat(assessment.suppressedReason()).isEqualTo(reason);
        if (reason != null) {
            assertThat(assessment.score()).isNull();
            assertThat(assessment.level()).isNull();
            assertThat(assessment.factors()).isEmpty();
        } else {
            assertThat(assessment.score()).isNotNull();
            assertThat(assessment.factors()).hasSize(5);
        }
    }

    @Test
    void sameUnitVolumesWeighThePooledShares() {
        WeightedPlans pool = WeightedPlans.of(plans(List.of("a:600 kg:tok=0.5,dongjin=0.5", "b:300 kg:jsr=1",
                "c:100 kg:tok=0.25")));

        assertThat(pool.byVolume()).isTrue();
        assertThat(pool.pooledShares().get("tok")).isCloseTo(0.6 * 0.5 + 0.1, within(1e-12));
        assertThat(pool.pooledShares().get("dongjin")).isCloseTo(0.3, within(1e-12));
        assertThat(pool.pooledShares().get("jsr")).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void pooledSharesOfExampleAScoreAsExampleAAgainstTheHomeCountry() {
        // Three buyers with plan A's mix in the same unit pool to plan A itself.
        List<PlanFacts> plans = plans(List.of("a:100 kg:tok=0.60,jsr=0.32,dongjin=0.08",
                "b:200 kg:tok=0.30,jsr=0.16,dongjin=0.04", "c:100 kg:tok=0.60,jsr=0.32,dongjin=0.08"));

        NationalAssessment before = model.assess(plans, Set.of(), Set.of(), COUNTRIES);
        NationalAssessment after = model.assess(plans, Set.of("JP"), Set.of(), COUNTRIES);

        assertThat(before.score()).isEqualTo(33.5);
        assertThat(before.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(after.score()).isEqualTo(79.5);
        assertThat(after.factors()).extracting(RiskFactor::name).first().isEqualTo(RiskFactor.RESTRICTED_SHARE);
    }

    @Test
    void qualifiedDomesticFirmsOutsideThePoolMitigate() {
        List<PlanFacts> plans = plans(List.of("a:- :dongjin=1", "b:- :dongjin=1", "c:- :dongjin=1"));

        // Example C nationally: 30.0; one alternative (skm) → × 0.85; dongjin is in the pool and does not count.
        assertThat(model.assess(plans, Set.of(), Set.of("dongjin"), COUNTRIES).score()).isEqualTo(30.0);
        assertThat(model.assess(plans, Set.of(), Set.of("dongjin", "skm"), COUNTRIES).score()).isEqualTo(25.5);
    }

    static List<PlanFacts> plans(List<String> specs) {
        return specs.stream().map(spec -> {
            String[] parts = spec.split(":");
            String[] volume = parts[1].split(" ");
            Map<String, BigDecimal> shares = new HashMap<>();
            Arrays.stream(parts[2].split(",")).map(s -> s.split("="))
                  .forEach(s -> shares.put(s[0], new BigDecimal(s[1])));
            shares.values().removeIf(s -> s.signum() == 0);
            return new PlanFacts(parts[0], "c", shares,
                    volume[0].equals("-") ? null : new BigDecimal(volume[0]),
                    volume.length > 1 && !volume[1].isEmpty() ? volume[1] : null);
        }).toList();
    }
}
