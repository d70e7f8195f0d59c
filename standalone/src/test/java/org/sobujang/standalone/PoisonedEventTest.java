package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event no read model can hold (a share beyond Decimal128, as a store written before the command side refused
 * such numbers may contain) is parked in its processors' dead-letter queues: the events of other firms behind it are
 * projected, operators see it and the health says so, retrying it fails again, skipping it clears it, and a reset
 * rebuilds the read model around it.
 */
class PoisonedEventTest extends StandaloneStack {

    @Autowired
    EventStore events;

    /** A component of this test's own, so that the demo's national figures stay as other tests expect them. */
    private String component;

    @Test
    void aPoisonedEventIsParkedAndNeverHaltsTheProjection() {
        String buyer = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        component = buyer + "-gas";
        String plan = AggregateIds.sourcingPlan(buyer, component);
        // appended as an old store could hold it: no command would accept this share any more
        events.publish(new GenericDomainEventMessage<>("SourcingPlan", plan, 0, new SourcingShareChanged(
                UUID.randomUUID().toString(), buyer, component, "stella-chemifa", new BigDecimal("1e-999999"),
                LocalDate.of(2019, 1, 1), null, null, null)));
        // another firm's change after it, on a processor that parks the poisoned event
        String acme = registerAcme();
        rest("data-steward").post().uri("/api/v1/components")
                .bodyValue(Map.of("id", component, "name", "Poison gas", "category", "MATERIAL", "hsCode", "281119",
                                  "sector", "SEMICONDUCTOR"))
                .exchange().expectStatus().isCreated();
        rest("acme-procurement").post().uri("/api/v1/buyers/" + acme + "/sourcing-changes")
                .bodyValue(Map.of("componentId", component, "supplierId", "stella-chemifa", "share", 0.4,
                                  "effectiveFrom", "2019-01-01"))
                .exchange().expectStatus().isCreated();

        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(planChanges(acme)).hasSize(1));
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(parked("sourcing")).isEqualTo(1));
        JsonNode sourcing = admin("/admin/dead-letters/sourcing");
        JsonNode sequence = sourcing.at("/shown/0");
        assertThat(sequence.get("sequence").asText()).isEqualTo(plan);
        assertThat(sequence.at("/shown/0/eventType").asText()).isEqualTo("SourcingShareChanged");
        assertThat(sequence.at("/shown/0/causeMessage").asText()).contains("Decimal128");
        assertThat(sequence.at("/shown/0/aggregateIdentifier").asText()).isEqualTo(plan);

        JsonNode health = admin("/actuator/health");
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/deadLetters/details/processors/sourcing").asLong()).isEqualTo(1);
        anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

        JsonNode retried = post("/admin/dead-letters/sourcing/retry?sequence=" + plan);
        assertThat(retried.get("sequencesStillFailing").asInt()).isEqualTo(1);
        assertThat(parked("sourcing")).isEqualTo(1);

        // a reset clears the queue and replays: the read model is rebuilt, the poisoned event parked again
        post("/admin/processors/sourcing/reset");
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() -> {
            assertThat(planChanges(acme)).hasSize(1);
            assertThat(planChanges("samsung-electronics")).isNotEmpty();
            assertThat(parked("sourcing")).isEqualTo(1);
        });

        for (String processor : List.of("sourcing", "history", "indexes")) {
            if (parked(processor) > 0) {
                rest("operator").delete().uri("/admin/dead-letters/" + processor + "?sequence=" + plan).exchange()
                                .expectStatus().isOk();
            }
        }
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(
                () -> assertThat(admin("/actuator/health").get("status").asText()).isEqualTo("UP"));
        rest("operator").get().uri("/admin/dead-letters/sourcing/nope").exchange().expectStatus().isNotFound();
        rest("operator").delete().uri("/admin/dead-letters/sourcing?sequence=unknown").exchange()
                        .expectStatus().isNotFound();
        rest("samsung-procurement").get().uri("/admin/dead-letters").exchange().expectStatus().isForbidden();
    }

    private String registerAcme() {
        rest("data-steward").post().uri("/api/v1/firms")
                .bodyValue(Map.of("id", "acme-semi", "name", "Acme Semiconductor", "country", "KR", "size", "MIDSIZE"))
                .exchange().expectStatus().isCreated();
        return "acme-semi";
    }

    private List<?> planChanges(String buyer) {
        return graphQl(buyer.equals("acme-semi") ? "acme-procurement" : "samsung-procurement")
                .document("{ sourcingPlan(buyerId: \"" + buyer + "\", componentId: \"" + (buyer.equals("acme-semi")
                        ? component : "pr") + "\") { changes { id } } }")
                .execute().path("sourcingPlan.changes").entityList(Object.class).get();
    }

    private long parked(String processor) {
        return admin("/admin/dead-letters/" + processor).get("letters").asLong();
    }

    private JsonNode admin(String path) {
        return rest("operator").get().uri(path).exchange().expectBody(JsonNode.class).returnResult()
                               .getResponseBody();
    }

    private JsonNode post(String path) {
        return rest("operator").post().uri(path).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                               .returnResult().getResponseBody();
    }
}
