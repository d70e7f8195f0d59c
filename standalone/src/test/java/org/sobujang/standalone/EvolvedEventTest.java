package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.firm.FirmCapabilityDeclared;

/**
 * An event stored in an earlier version ({@code FirmCapabilityDeclared} before revision 2: {@code since} since
 * renamed {@code effectiveFrom}, {@code evidence} added) is read through the upcaster by both sides: the aggregate
 * enforces its date, the read model shows it. Written straight into the event store, as an older release left it.
 */
class EvolvedEventTest extends StandaloneStack {

    @Test
    void aCapabilityStoredInTheOldShapeIsReadByTheAggregateAndTheReadModel() throws Exception {
        String firm = "evolved-" + UUID.randomUUID().toString().substring(0, 8);
        rest("data-steward").post().uri("/api/v1/firms")
                .bodyValue(Map.of("id", firm, "name", "Evolved Chemicals", "country", "KR", "size", "SME"))
                .exchange().expectStatus().isCreated();
        String oldPayload = """
                {"firmId":"%s","componentId":"hf","technologyReadiness":8,"annualCapacity":1200,"unit":"t",\
                "since":"2020-03-01"}""".formatted(firm);
        eventStore.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                          + "metadata, payload, payloadrevision, payloadtype, timestamp) "
                          + "VALUES (?, 1, 'Firm', ?, ?, ?, NULL, ?, ?)",
                          AggregateIds.firm(firm), UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                          oldPayload.getBytes(StandardCharsets.UTF_8), FirmCapabilityDeclared.class.getName(),
                          Instant.now().toString());

        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() -> {
            List<Map<String, Object>> capabilities = capabilities(firm);
            assertThat(capabilities).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("componentId", "hf").containsEntry("since", "2020-03-01")
                             .containsEntry("technologyReadiness", 8).containsEntry("evidence", null);
            });
        });

        // the aggregate, loaded through the upcaster, knows the date the capability holds from
        rest("data-steward").delete().uri("/api/v1/firms/" + firm + "/capabilities/hf?effectiveFrom=2020-02-01")
                .exchange().expectStatus().isEqualTo(422)
                .expectBody(JsonNode.class).value(problem -> assertThat(problem.toString())
                        .contains("WithdrawalNotBeforeDeclaration", "2020-03-01"));
        // a new declaration is stored in the new shape, with its evidence
        rest("data-steward").post().uri("/api/v1/firms/" + firm + "/capabilities")
                .bodyValue(Map.of("componentId", "hf", "technologyReadiness", 9, "since", "2021-05-01",
                                  "evidence", "KTL test report 2021-114"))
                .exchange().expectStatus().isCreated();
        Map<String, Object> stored = eventStore.queryForMap("SELECT payload, payloadrevision FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 2", AggregateIds.firm(firm));
        assertThat(stored.get("payloadrevision")).isEqualTo(FirmCapabilityDeclared.REVISION);
        assertThat(new String((byte[]) stored.get("payload"), StandardCharsets.UTF_8))
                .contains("\"effectiveFrom\":\"2021-05-01\"", "\"evidence\":\"KTL test report 2021-114\"")
                .doesNotContain("since");
        await().atMost(PROJECTION_WAIT).ignoreExceptions().untilAsserted(() -> assertThat(capabilities(firm))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("since", "2021-05-01")
                        .containsEntry("evidence", "KTL test report 2021-114")));
        rest("data-steward").delete().uri("/api/v1/firms/" + firm + "/capabilities/hf?effectiveFrom=2021-06-01")
                .exchange().expectStatus().isNoContent();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> capabilities(String firm) {
        return (List<Map<String, Object>>) (List<?>) graphQl("data-steward")
                .document("query($id: ID!) { firm(id: $id) { capabilities { componentId technologyReadiness since "
                          + "evidence } } }")
                .variable("id", firm).execute().path("firm.capabilities").entityList(Map.class).get();
    }
}
