package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A procurement team's path through the product: register what it needs over REST, record sourcing, ask its risk
 * over GraphQL; rejected commands record nothing; a retraction and a new domestic capability change the answer.
 */
class SourcingToRiskEndToEndTest extends StandaloneStack {

    private static final String STEWARD = "data-steward";
    private static final String BUYER = "acme-procurement";

    private String run;
    private String buyer;
    private String japanese;
    private String domestic;
    private String component;

    @BeforeEach
    void registerFirmsAndComponent() {
        run = UUID.randomUUID().toString().substring(0, 8);
        // the buyer is the firm a demo client (acme-procurement) acts for; registering it again is idempotent
        buyer = created(STEWARD, "/api/v1/firms", Map.of("id", "acme-semi", "name", "Acme Semiconductor",
                "country", "KR", "size", "MIDSIZE"));
        japanese = created(STEWARD, "/api/v1/firms", Map.of("id", run + "-jp", "name", "JP supplier " + run, "country", "JP",
                "size", "LARGE"));
        domestic = created(STEWARD, "/api/v1/firms", Map.of("id", run + "-kr", "name", "KR supplier " + run, "country", "KR",
                "size", "SME"));
        component = created(STEWARD, "/api/v1/components", Map.of("id", run + "-etchgas", "name", "Etching gas " + run,
                "category", "MATERIAL", "hsCode", "2811190000", "sector", "SEMICONDUCTOR",
                "controlListEntries", List.of(Map.of("regime", "US_EAR", "code", "1C350"))));
        created(STEWARD, "/api/v1/components/" + component + "/export-restrictions", Map.of("imposingCountry", "JP",
                "measure", "INDIVIDUAL_LICENSE", "effectiveFrom", "2019-07-04"));
    }

    @Test
    void sourcingIsScoredAndRejectedCommandsRecordNothing() {
        String japaneseChange = created(BUYER, changes(), change(japanese, "0.7", "2019-01-01"));
        String domesticChange = created(BUYER, changes(), change(domestic, "0.3", "2019-01-01"));
        assertThat(japaneseChange).isNotEqualTo(domesticChange);

        // p = 0.7 JP (restricted), 0.3 KR: RX 0.7, FD 0.7, CC = SC = 0.58, SS 0 -> raw 0.606
        awaitScore("2019-07-10", 60.6, "HIGH");
        awaitScore("2019-07-01", 25.6, "MEDIUM");

        long before = storedEvents();
        // 0.7 + 0.5 would exceed the buyer's demand
        rest(BUYER).post().uri(changes()).contentType(MediaType.APPLICATION_JSON)
              .bodyValue(change(domestic, "0.5", "2019-03-01"))
              .exchange()
              .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY)
              .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
              .expectBody().jsonPath("$.status").isEqualTo(422).jsonPath("$.detail").isNotEmpty();
        // backdated: fine on its own date, but from 2019-01-01 on the shares would sum to 1.2
        String third = created(STEWARD, "/api/v1/firms", Map.of("id", run + "-cn", "name", "CN supplier " + run,
                "country", "CN", "size", "LARGE"));
        assertThat(storedEvents()).isEqualTo(before + 1);
        before = storedEvents();
        rest(BUYER).post().uri(changes()).contentType(MediaType.APPLICATION_JSON)
              .bodyValue(change(third, "0.2", "2018-01-01"))
              .exchange()
              .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        // an unknown supplier in the body, a share out of range, an unknown buyer in the path
        rest(BUYER).post().uri(changes()).contentType(MediaType.APPLICATION_JSON)
              .bodyValue(change(run + "-nobody", "0.1", "2019-01-01"))
              .exchange()
              .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        rest(BUYER).post().uri(changes()).contentType(MediaType.APPLICATION_JSON)
              .bodyValue(change(domestic, "1.5", "2019-01-01"))
              .exchange()
              .expectStatus().isBadRequest()
              .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
              .expectBody().jsonPath("$.errors[0].field").isEqualTo("share");
        // another buyer's plan is refused before anyone looks whether that buyer exists
        rest(BUYER).post().uri("/api/v1/buyers/" + run + "-nobody/sourcing-changes").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(change(domestic, "0.1", "2019-01-01"))
              .exchange()
              .expectStatus().isForbidden();
        rest(BUYER).post().uri(changes()).contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{\"componentId\": ")
              .exchange()
              .expectStatus().isBadRequest();
        assertThat(storedEvents()).isEqualTo(before);

        // the domestic change was recorded in error: from now on it is as if it never was
        rest(BUYER).delete().uri("/api/v1/buyers/" + buyer + "/sourcing-changes/" + domesticChange)
              .exchange()
              .expectStatus().isNoContent();
        awaitScore("2019-07-10", 100.0, "CRITICAL");

        // a qualified domestic firm outside the plan mitigates: m = 0.85, still at or above 75
        rest(STEWARD).post().uri("/api/v1/firms/" + domestic + "/capabilities").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("componentId", component, "technologyReadiness", 9, "since", "2019-05-01"))
              .exchange()
              .expectStatus().isCreated();
        awaitScore("2019-07-10", 85.0, "CRITICAL");
        awaitScore("2019-04-30", 50.0, "HIGH");
    }

    @Test
    void aRevisionReplacesTheWholeSupplierSetAtItsDate() {
        created(BUYER, changes(), change(japanese, "1.0", "2019-01-01"));
        created(BUYER, "/api/v1/buyers/" + buyer + "/sourcing-plans/" + component + "/revisions", Map.of(
                "effectiveFrom", "2020-01-01",
                "shares", List.of(Map.of("supplierId", domestic, "share", 1.0))));
        // single domestic source: SC 0.05 + CC 0.15 + SS 0.10
        awaitScore("2020-01-01", 30.0, "MEDIUM");
        awaitScore("2019-12-31", 100.0, "CRITICAL");
    }

    @Test
    void aRepeatedRegistrationIsAnsweredAsTheFirstAndADifferentOneConflicts() {
        Map<String, Object> body = Map.of("id", run + "-repeat", "name", "Repeat " + run, "country", "KR",
                "size", "SME");
        created(STEWARD, "/api/v1/firms", body);
        long before = storedEvents();
        rest(STEWARD).post().uri("/api/v1/firms").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
              .exchange()
              .expectStatus().isCreated()
              .expectBody().jsonPath("$.id").isEqualTo(run + "-repeat");
        rest(STEWARD).post().uri("/api/v1/firms").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("id", run + "-repeat", "name", "Someone else", "country", "KR", "size", "SME"))
              .exchange()
              .expectStatus().isEqualTo(HttpStatus.CONFLICT)
              .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private String changes() {
        return "/api/v1/buyers/" + buyer + "/sourcing-changes";
    }

    private Map<String, Object> change(String supplier, String share, String effectiveFrom) {
        return Map.of("componentId", component, "supplierId", supplier, "share", new java.math.BigDecimal(share),
                "effectiveFrom", effectiveFrom);
    }

    private String created(String client, String uri, Object body) {
        return rest(client).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                     .exchange()
                     .expectStatus().isCreated()
                     .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private void awaitScore(String asOf, double score, String level) {
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() ->
                graphQl(BUYER).document("""
                                query($b: ID!, $c: ID!, $d: Date) {
                                  dependencyRisk(buyerId: $b, componentId: $c, asOf: $d) { score level } }""")
                         .variable("b", buyer).variable("c", component).variable("d", asOf)
                         .execute()
                         .path("dependencyRisk.score").entity(Double.class).isEqualTo(score)
                         .path("dependencyRisk.level").entity(String.class).isEqualTo(level));
    }
}
