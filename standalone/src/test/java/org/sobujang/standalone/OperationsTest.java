package org.sobujang.standalone;

import org.junit.jupiter.api.Test;

/** The embedded default's operational surface: one readiness that covers both sides and both stores. */
class OperationsTest extends StandaloneStack {

    @Test
    void readinessCoversTheEventStoreTheReadStoreAndProjectionLag() {
        rest().get().uri("/actuator/health/readiness").exchange()
              .expectStatus().isOk()
              .expectBody()
              .jsonPath("$.status").isEqualTo("UP")
              .jsonPath("$.components.db.status").isEqualTo("UP")
              .jsonPath("$.components.readStore.status").isEqualTo("UP")
              .jsonPath("$.components.projections.status").isEqualTo("UP");
        rest().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void processorsAreListedForOperators() {
        rest().get().uri("/admin/processors").exchange()
              .expectStatus().isOk()
              .expectBody()
              .jsonPath("$[?(@.name == 'sourcing')]").exists()
              .jsonPath("$[?(@.name == 'firms')]").exists();
    }

    @Test
    void graphiqlIsServedInTheEmbeddedDefault() {
        rest().get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
    }
}
