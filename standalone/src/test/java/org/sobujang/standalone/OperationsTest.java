package org.sobujang.standalone;

import org.junit.jupiter.api.Test;

/** The embedded default's operational surface: one readiness that covers both sides and both stores. */
class OperationsTest extends StandaloneStack {

    @Test
    void readinessCoversTheEventStoreTheReadStoreAndProjectionLag() {
        anonymous().get().uri("/actuator/health/readiness").exchange()
              .expectStatus().isOk()
              .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        rest("operator").get().uri("/actuator/health/readiness").exchange()
              .expectStatus().isOk()
              .expectBody()
              .jsonPath("$.status").isEqualTo("UP")
              .jsonPath("$.components.db.status").isEqualTo("UP")
              .jsonPath("$.components.readStore.status").isEqualTo("UP")
              .jsonPath("$.components.projections.status").isEqualTo("UP");
        anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void processorsAreListedForOperators() {
        rest("operator").get().uri("/admin/processors").exchange()
              .expectStatus().isOk()
              .expectBody()
              .jsonPath("$[?(@.name == 'sourcing')]").exists()
              .jsonPath("$[?(@.name == 'firms')]").exists();
    }

    @Test
    void operationsAreForOperatorsOnly() {
        anonymous().get().uri("/admin/processors").exchange().expectStatus().isUnauthorized();
        rest("ministry-analyst").get().uri("/admin/processors").exchange().expectStatus().isForbidden();
        rest("samsung-procurement").post().uri("/admin/processors/sourcing/reset").exchange()
                                   .expectStatus().isForbidden();
    }

    @Test
    void prometheusScrapesCommandsAndProcessorsForOperatorsOnly() {
        anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        rest("ministry-analyst").get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
        String scrape = rest("operator").mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 << 20)).build()
                                        .get().uri("/actuator/prometheus").exchange()
                                        .expectStatus().isOk()
                                        .expectBody(String.class).returnResult().getResponseBody();
        // the demo data went through the command bus and every projection: Axon's meters, the product's own
        org.assertj.core.api.Assertions.assertThat(scrape)
               .contains("commandBus_successCounter_total{", "eventProcessor_processedCounter_total{",
                         "processorName=\"sourcing\"", "sobujang_commands_seconds_count{",
                         "sobujang_projection_lag_events{")
               .as("no client-side percentiles: a histogram per payload type is updated on every message")
               .doesNotContain("quantile=");
    }

    @Test
    void discoveryEndpointsArePublic() {
        anonymous().get().uri("/.well-known/openid-configuration").exchange()
                   .expectStatus().isOk()
                   .expectBody().jsonPath("$.token_endpoint").value(v -> org.assertj.core.api.Assertions
                           .assertThat(v.toString()).endsWith("/oauth2/token"));
        anonymous().get().uri("/.well-known/oauth-authorization-server").exchange().expectStatus().isOk();
        anonymous().get().uri("/oauth2/jwks").exchange().expectStatus().isOk();
    }

    @Test
    void graphiqlIsServedInTheEmbeddedDefault() {
        anonymous().get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
    }
}
