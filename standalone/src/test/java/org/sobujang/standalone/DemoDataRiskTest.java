package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The demo data set is built so that risk-model.md's worked examples A, B and D are real plans of the 2019 case;
 * these tests read them back through GraphQL, end to end.
 */
class DemoDataRiskTest extends StandaloneStack {

    @BeforeEach
    void demoDataIsProjected() {
        // The latest demo revision of the last plan loaded is visible once every plan is projected.
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> assertThat(score("samsung-electronics", "fpi", "2023-08-01"))
                .isEqualTo(17.0));
    }

    @ParameterizedTest(name = "{0} / {1} on {2}: {3} {4}")
    @CsvSource({
            // worked example A: photoresist, before and after Japan's individual-licence requirement
            "samsung-electronics, pr,  2019-07-01, 33.5, MEDIUM",
            "samsung-electronics, pr,  2019-07-10, 79.5, CRITICAL",
            // worked example B: hydrogen fluoride, then partly localized with one more qualified domestic firm
            "samsung-electronics, hf,  2019-07-10, 50.3, HIGH",
            "samsung-electronics, hf,  2020-06-01, 18.9, LOW",
            // worked example D: a single restricted foreign source
            "samsung-electronics, fpi, 2019-07-10, 100.0, CRITICAL",
            // ... mitigated by two qualified domestic alternatives (Kolon Industries, SKC): 100 x 0.7
            "samsung-electronics, fpi, 2019-10-15, 70.0, HIGH",
            // both measures lifted by 2023-07-21; half the film now from Kolon Industries, SKC as an alternative
            "samsung-electronics, fpi, 2023-08-01, 17.0, LOW",
    })
    void workedExamplesHoldOnTheDemoData(String buyer, String component, String asOf, double score, String level) {
        graphQl("samsung-procurement").document("""
                        query($b: ID!, $c: ID!, $d: Date) {
                          dependencyRisk(buyerId: $b, componentId: $c, asOf: $d) { score level asOf }
                        }""")
                 .variable("b", buyer).variable("c", component).variable("d", asOf)
                 .execute()
                 .path("dependencyRisk.score").entity(Double.class).isEqualTo(score)
                 .path("dependencyRisk.level").entity(String.class).isEqualTo(level)
                 .path("dependencyRisk.asOf").entity(String.class).isEqualTo(asOf);
    }

    @Test
    void factorsExplainTheScore() {
        graphQl("samsung-procurement").document("""
                        { dependencyRisk(buyerId: "samsung-electronics", componentId: "pr", asOf: "2019-07-10") {
                            factors { name value weight contribution }
                            suppliers { supplier { id country } share since }
                            qualifiedDomesticAlternatives } }""")
                 .execute()
                 .path("dependencyRisk.factors[?(@.name == 'RESTRICTED_SHARE')].value").entityList(Double.class)
                 .satisfies(v -> assertThat(v.get(0)).isCloseTo(0.92, org.assertj.core.data.Offset.offset(1e-9)))
                 .path("dependencyRisk.factors[?(@.name == 'RESTRICTED_SHARE')].contribution").entityList(Double.class)
                 .satisfies(v -> assertThat(v.get(0)).isCloseTo(46.0, org.assertj.core.data.Offset.offset(1e-9)))
                 .path("dependencyRisk.suppliers[*].supplier.id").entityList(String.class)
                 .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("tok", "jsr", "dongjin-semichem"))
                 .path("dependencyRisk.qualifiedDomesticAlternatives").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void rankingOrdersABuyersPlansByScore() {
        List<String> ranked = graphQl("samsung-procurement").document("""
                        { riskRanking(buyerId: "samsung-electronics", asOf: "2019-07-10") { component { id } score } }""")
                                       .execute()
                                       .path("riskRanking[*].component.id").entityList(String.class).get();
        assertThat(ranked).containsExactly("fpi", "pr", "hf");

        graphQl("samsung-procurement").document("""
                        { riskRanking(buyerId: "samsung-electronics", asOf: "2019-07-10", minLevel: CRITICAL) {
                            component { id } } }""")
                 .execute()
                 .path("riskRanking[*].component.id").entityList(String.class).containsExactly("fpi", "pr");
    }

    private Double score(String buyer, String component, String asOf) {
        return graphQl("samsung-procurement").document("""
                        query($b: ID!, $c: ID!, $d: Date) {
                          dependencyRisk(buyerId: $b, componentId: $c, asOf: $d) { score } }""")
                        .variable("b", buyer).variable("c", component).variable("d", asOf)
                        .execute()
                        .path("dependencyRisk.score").entity(Double.class).get();
    }
}
