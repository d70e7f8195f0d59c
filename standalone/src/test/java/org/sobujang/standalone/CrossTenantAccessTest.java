package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Walks every command and every query with the token of another firm and with each role that should not have
 * access, against the demo data: nothing is recorded, nothing leaks, and the answer does not depend on whether the
 * object asked about exists.
 */
class CrossTenantAccessTest extends StandaloneStack {

    /** Every demo client but the one(s) allowed, for each kind of operation. */
    private static final List<String> ALL = List.of("samsung-procurement", "sk-hynix-procurement",
            "sk-hynix-partnerships", "samsung-partnerships", "ministry-analyst", "data-steward", "operator");

    @BeforeEach
    void demoDataIsProjected() {
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() ->
                assertThat(graphQl("samsung-procurement").document("""
                                { dependencyRisk(buyerId: "samsung-electronics", componentId: "fpi", asOf: "2023-08-01") {
                                    score } }""").execute().path("dependencyRisk.score").entity(Double.class).get())
                        .isEqualTo(17.0));
    }

    static List<Arguments> commands() {
        Map<String, Object> firm = Map.of("name", "Intruder", "country", "KR", "size", "SME");
        Map<String, Object> component = Map.of("name", "Intruder", "category", "PART", "hsCode", "854231",
                "sector", "SEMICONDUCTOR");
        Map<String, Object> restriction = Map.of("imposingCountry", "JP", "measure", "BAN", "effectiveFrom",
                "2024-01-01");
        Map<String, Object> change = Map.of("componentId", "hf", "supplierId", "stella-chemifa", "share", 0.01,
                "effectiveFrom", "2024-01-01");
        Map<String, Object> revision = Map.of("effectiveFrom", "2024-01-01",
                "shares", List.of(Map.of("supplierId", "stella-chemifa", "share", 0.5)));
        Map<String, Object> partnership = Map.of("buyerId", "sk-hynix", "supplierId", "ram-technology",
                "componentId", "hf", "kind", "JOINT_RND", "startedOn", "2024-01-01");
        Map<String, Object> stage = Map.of("stage", "TERMINATED", "on", "2024-01-01");
        Map<String, Object> list = Map.of("name", "Intruders", "componentIds", List.of("hf"));
        Map<String, Object> capability = Map.of("componentId", "hf", "technologyReadiness", 9);
        List<String> stewardOnly = without("data-steward");
        return List.of(
                Arguments.of("register a firm", HttpMethod.POST, "/api/v1/firms", firm, stewardOnly),
                Arguments.of("register a component", HttpMethod.POST, "/api/v1/components", component, stewardOnly),
                Arguments.of("impose a restriction", HttpMethod.POST, "/api/v1/components/hf/export-restrictions",
                        restriction, stewardOnly),
                Arguments.of("lift a restriction", HttpMethod.POST,
                        "/api/v1/components/hf/export-restrictions/jp-2019-license-hf/lift",
                        Map.of("effectiveFrom", "2024-01-01"), stewardOnly),
                Arguments.of("define a core-item list", HttpMethod.POST, "/api/v1/core-item-lists", list, stewardOnly),
                Arguments.of("declare another firm's capability", HttpMethod.POST,
                        "/api/v1/firms/sk-materials/capabilities", capability, without("data-steward")),
                Arguments.of("record another buyer's sourcing", HttpMethod.POST,
                        "/api/v1/buyers/sk-hynix/sourcing-changes", change, without("sk-hynix-procurement")),
                Arguments.of("record sourcing of a buyer that does not exist", HttpMethod.POST,
                        "/api/v1/buyers/no-such-buyer/sourcing-changes", change, ALL),
                Arguments.of("revise another buyer's plan", HttpMethod.POST,
                        "/api/v1/buyers/sk-hynix/sourcing-plans/hf/revisions", revision, without("sk-hynix-procurement")),
                Arguments.of("retract another buyer's change", HttpMethod.DELETE,
                        "/api/v1/buyers/sk-hynix/sourcing-changes/demo-sk-hynix-hf-2019-10-01", null,
                        without("sk-hynix-procurement")),
                Arguments.of("retract a change that does not exist", HttpMethod.DELETE,
                        "/api/v1/buyers/sk-hynix/sourcing-changes/no-such-change", null, without("sk-hynix-procurement")),
                Arguments.of("register a partnership of other firms", HttpMethod.POST, "/api/v1/partnerships",
                        partnership, without("sk-hynix-partnerships")),
                Arguments.of("advance a partnership of other firms", HttpMethod.POST,
                        "/api/v1/partnerships/demo-soulbrain-sk-hynix-hf/stages", stage,
                        without("sk-hynix-partnerships")),
                Arguments.of("advance a partnership that does not exist", HttpMethod.POST,
                        "/api/v1/partnerships/no-such-partnership/stages", stage, without("sk-hynix-partnerships")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void commandsAreRefusedToEveryoneWithoutTheRightAndRecordNothing(String what, HttpMethod method, String uri,
                                                                     Object body, List<String> refused) {
        long before = storedEvents();
        for (String client : refused) {
            var request = rest(client).method(method).uri(uri);
            var sent = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
            sent.exchange()
                .expectStatus().value(status -> assertThat(status).as(what + " as " + client).isEqualTo(403))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        var request = anonymous().method(method).uri(uri);
        (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
                .exchange().expectStatus().isUnauthorized();
        assertThat(storedEvents()).as(what).isEqualTo(before);
    }

    static List<Arguments> firmLevelQueries() {
        return List.of(
                Arguments.of("{ dependencyRisk(buyerId: \"sk-hynix\", componentId: \"hf\") { score suppliers { share } } }",
                        without("sk-hynix-procurement", "operator")),
                Arguments.of("{ dependencyRisk(buyerId: \"no-such-buyer\", componentId: \"hf\") { score } }",
                        without("operator")),
                Arguments.of("{ riskRanking(buyerId: \"sk-hynix\") { score component { id } } }",
                        without("sk-hynix-procurement", "operator")),
                Arguments.of("{ sourcingPlan(buyerId: \"sk-hynix\", componentId: \"pr\") { suppliers { share } } }",
                        without("sk-hynix-procurement", "operator")),
                Arguments.of("{ domesticSupplierMatches(componentId: \"hf\", buyerId: \"sk-hynix\") { score reasons } }",
                        without("sk-hynix-procurement", "sk-hynix-partnerships", "operator")),
                Arguments.of("{ nationalRisk(componentId: \"hf\") { score } }", without("ministry-analyst", "operator")),
                Arguments.of("{ localizationProgress(from: \"2019-01-01\", to: \"2019-12-31\") { domesticShare } }",
                        without("ministry-analyst", "operator")),
                Arguments.of("{ importDependence(hsPrefixes: [\"281111\"], partner: \"JP\", from: \"2019-01-01\", to: \"2019-12-31\") { share } }",
                        without("ministry-analyst", "operator")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firmLevelQueries")
    void firmLevelAndNationalQueriesAreForbiddenToOthers(String query, List<String> refused) {
        for (String client : refused) {
            graphQl(client).document(query).execute()
                           .errors().satisfy(errors -> {
                               assertThat(errors).as(client).isNotEmpty();
                               assertThat(errors.get(0).getErrorType().toString()).as(client).isEqualTo("FORBIDDEN");
                               assertThat(errors.get(0).getMessage()).doesNotContain("sk-hynix", "Exception");
                           });
        }
        anonymous().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                   .bodyValue(Map.of("query", query)).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void partnershipsShowOnlyTheCallersOwnPairings() {
        List<String> samsungSees = graphQl("samsung-partnerships").document("""
                        { partnerships(first: 100) { totalCount edges { node { id buyer { id } supplier { id } } } } }""")
                                                                  .execute().path("partnerships.edges[*].node.id")
                                                                  .entityList(String.class).get();
        assertThat(samsungSees).containsExactlyInAnyOrder("demo-soulbrain-samsung-hf", "demo-ram-samsung-hf");
        graphQl("samsung-procurement").document("{ partnerships { totalCount } }").execute()
                                      .errors().satisfy(e -> assertThat(e.get(0).getErrorType().toString())
                                                                     .isEqualTo("FORBIDDEN"));
    }

    @Test
    void componentHistoryHidesOtherFirmsSourcingAndPartnerships() {
        List<Map<String, Object>> seen = graphQl("samsung-procurement").document("""
                        { componentHistory(id: "hf") { type summary } }""")
                                                                        .execute().path("componentHistory")
                                                                        .entityList(Map.class).get().stream()
                                                                        .map(m -> (Map<String, Object>) m).toList();
        assertThat(seen).extracting(e -> e.get("type")).contains("ComponentRegistered", "ExportRestrictionImposed",
                "SourcingPlanRevised");
        assertThat(seen.toString()).doesNotContain("sk-hynix", "lg-display", "morita-chemical");
        List<Map<String, Object>> analyst = graphQl("ministry-analyst").document("""
                        { componentHistory(id: "hf") { type summary } }""")
                                                                        .execute().path("componentHistory")
                                                                        .entityList(Map.class).get().stream()
                                                                        .map(m -> (Map<String, Object>) m).toList();
        assertThat(analyst).extracting(e -> e.get("type"))
                           .doesNotContain("SourcingPlanRevised", "SourcingShareChanged", "PartnershipRegistered",
                                   "PartnershipStageAdvanced");
    }

    private static List<String> without(String... allowed) {
        return ALL.stream().filter(c -> !List.of(allowed).contains(c)).toList();
    }
}
