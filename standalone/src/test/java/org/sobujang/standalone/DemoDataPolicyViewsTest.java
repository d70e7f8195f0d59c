package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy analyst's and the partnership views of the README tour, end to end on the demo data: national trade
 * statistics, the disclosure-controlled national view, localization progress, supplier matches, partnerships and a
 * component's history.
 */
class DemoDataPolicyViewsTest extends StandaloneStack {

    @BeforeEach
    void demoDataIsProjected() {
        // the demo's last import (UN Comtrade 2021) and its last plan revision are visible
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() -> {
            assertThat(importDependence("2021-01-01", "2021-12-31", "YEAR").get(0).get("share")).isNotNull();
            assertThat(graphQl("samsung-procurement").document("""
                            { dependencyRisk(buyerId: "samsung-electronics", componentId: "fpi", asOf: "2023-08-01") {
                                score } }""").execute().path("dependencyRisk.score").entity(Double.class).get())
                    .isEqualTo(17.0);
        });
    }

    @Test
    void importDependenceReproducesThePublishedHydrogenFluorideFigures() {
        List<Map<String, Object>> years = importDependence("2018-01-01", "2021-12-31", "YEAR");
        assertThat(years).extracting(p -> p.get("period")).containsExactly("2018", "2019", "2020", "2021");
        // 2018: USD 66.86 M from Japan at 32.2 %; 2020: USD 9.38 M at 12.8 %
        assertThat(years.get(0).get("partnerValueUsd")).isEqualTo(66_860_000.0);
        assertThat((Double) years.get(0).get("share")).isCloseTo(0.322, within(0.0005));
        assertThat(years.get(2).get("partnerValueUsd")).isEqualTo(9_380_000.0);
        assertThat((Double) years.get(2).get("share")).isCloseTo(0.128, within(0.0005));
        // 2021 comes from the UN Comtrade file (partners given in alpha-3), 2018–2020 from the customs export
        assertThat(years.get(3).get("partnerValueUsd")).isEqualTo(12_500_000.0);

        List<Map<String, Object>> months = importDependence("2019-01-01", "2019-05-31", "MONTH");
        double japan = months.stream().mapToDouble(m -> (Double) m.get("partnerValueUsd")).sum();
        double total = months.stream().mapToDouble(m -> (Double) m.get("totalValueUsd")).sum();
        assertThat(japan / total).isCloseTo(0.439, within(0.0005));
    }

    @Test
    void theNationalViewPoolsThreeBuyersAndNamesNone() {
        Map<String, Object> national = graphQl("ministry-analyst").document("""
                        { nationalRisk(componentId: "hf", asOf: "2019-07-10") {
                            score level suppressedReason contributingBuyers factors { name value } } }""")
                                                .execute().path("nationalRisk").entity(Map.class).get();
        assertThat(national.get("contributingBuyers")).isEqualTo(3);
        assertThat(national.get("suppressedReason")).isNull();
        assertThat(national.get("score")).isNotNull();
        assertThat(national.toString()).doesNotContain("samsung", "hynix", "lg-display");
    }

    @Test
    void localizationProgressRisesAndCarriesTheListTargets() {
        List<Map<String, Object>> points = graphQl("ministry-analyst").document("""
                        { localizationProgress(scope: {coreItemListId: "CORE100-2019"}, from: "2018-01-01",
                                               to: "2024-12-31", interval: YEAR) {
                            date domesticShare componentsInScope componentsWithQualifiedDomesticSupplier targetShare } }""")
                                                    .execute().path("localizationProgress").entityList(Map.class)
                                                    .get().stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(points).hasSize(7);
        assertThat(points).allSatisfy(p -> assertThat(p.get("componentsInScope")).isEqualTo(3));
        double first = (Double) points.get(0).get("domesticShare");
        double last = (Double) points.get(6).get("domesticShare");
        assertThat(last).isGreaterThan(first + 0.3);
        assertThat(points.get(0).get("targetShare")).isEqualTo(0.3);
        assertThat(points.get(3).get("targetShare")).isEqualTo(0.5);
        assertThat(points.get(6).get("targetShare")).isNull();
    }

    @Test
    void matchesRankDomesticSuppliersWithoutNamingTheirPartners() {
        List<Map<String, Object>> matches = graphQl("lg-display-procurement").document("""
                        { domesticSupplierMatches(componentId: "hf", buyerId: "lg-display") {
                            supplier { id } score reasons stage } }""")
                                                     .execute().path("domesticSupplierMatches").entityList(Map.class)
                                                     .get().stream().map(m -> (Map<String, Object>) m).toList();
        List<String> suppliers = matches.stream().map(m -> String.valueOf(((Map<?, ?>) m.get("supplier")).get("id"))).toList();
        assertThat(suppliers).contains("soulbrain", "sk-materials").doesNotContain("lg-display");
        assertThat(matches.toString()).doesNotContain("samsung", "hynix");
        List<Double> scores = matches.stream().map(m -> (Double) m.get("score")).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void partnershipsMoveThroughQualification() {
        graphQl("operator").document("""
                        { partnerships(filter: {supplierId: "soulbrain"}) {
                            totalCount edges { node { id stage component { id } } } } }""")
                 .execute()
                 .path("partnerships.totalCount").entity(Integer.class).isEqualTo(2)
                 .path("partnerships.edges[*].node.stage").entityList(String.class)
                 .containsExactly("MASS_PRODUCTION", "MASS_PRODUCTION");
        // a party sees its own pairings only
        graphQl("sk-hynix-partnerships").document("""
                        { partnerships(filter: {supplierId: "soulbrain"}) { totalCount edges { node { id } } } }""")
                 .execute()
                 .path("partnerships.edges[*].node.id").entityList(String.class)
                 .containsExactly("demo-soulbrain-sk-hynix-hf");
        graphQl("samsung-partnerships").document("""
                        { partnerships(filter: {stage: TERMINATED}) { edges { node { id } } } }""")
                 .execute()
                 .path("partnerships.edges[*].node.id").entityList(String.class).contains("demo-ram-samsung-hf");
    }

    @Test
    void componentHistoryShowsEveryKindOfChange() {
        List<String> types = graphQl("operator").document("{ componentHistory(id: \"hf\") { type } }")
                                      .execute().path("componentHistory[*].type").entityList(String.class).get();
        assertThat(types).contains("ComponentRegistered", "ControlListEntryAdded", "ExportRestrictionImposed",
                "ExportRestrictionLifted", "FirmCapabilityDeclared", "SourcingPlanRevised", "PartnershipRegistered",
                "PartnershipStageAdvanced", "PartnershipTerminated");
    }

    private List<Map<String, Object>> importDependence(String from, String to, String interval) {
        return graphQl("ministry-analyst").document("""
                        query($from: Date!, $to: Date!, $i: Interval) {
                          importDependence(hsPrefixes: ["281111"], partner: "JP", from: $from, to: $to, interval: $i) {
                            period share partnerValueUsd totalValueUsd } }""")
                        .variable("from", from).variable("to", to).variable("i", interval)
                        .execute().path("importDependence").entityList(Map.class).get()
                        .stream().map(m -> (Map<String, Object>) m).toList();
    }
}
