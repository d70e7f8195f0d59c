package org.sobujang.command.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.command.security.TestTokens;
import org.sobujang.command.web.ApiTestSupport;

/** {@code POST /api/v1/buyers/{buyerId}/sourcing-plans/{componentId}/changes}: many changes, all or none, in order. */
class SourcingBatchApiTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String buyer;
    private String jsr;
    private String tok;
    private String dongjin;
    private String component;

    @BeforeEach
    void firmsAndComponent() {
        buyer = registerFirm(unique("samsung"));
        jsr = registerFirm(unique("jsr"));
        tok = registerFirm(unique("tok"));
        dongjin = registerFirm(unique("dongjin"));
        component = registerComponent(unique("resist"));
        actAs(TestTokens.procurement(buyer));
    }

    private static String change(String supplier, String share, String date) {
        return """
                {"supplierId": "%s", "share": %s, "effectiveFrom": "%s"}""".formatted(supplier, share, date);
    }

    private Response batch(String componentId, String... changes) {
        return post(batchPath(componentId), "{\"changes\": [" + String.join(", ", changes) + "]}");
    }

    private String batchPath(String componentId) {
        return "/api/v1/buyers/" + buyer + "/sourcing-plans/" + componentId + "/changes";
    }

    private Response single(String componentId, String change) {
        ObjectNode body;
        try {
            body = (ObjectNode) JSON.readTree(change);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        body.put("componentId", componentId);
        return post("/api/v1/buyers/" + buyer + "/sourcing-changes", body.toString());
    }

    private String plan(String componentId) {
        return "plan:" + buyer + "/" + componentId;
    }

    /** The plan's stored events in order, as their JSON payloads. */
    private List<JsonNode> payloads(String componentId) {
        List<JsonNode> payloads = new ArrayList<>();
        for (String payload : jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                                                        + "WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                                                String.class, plan(componentId))) {
            try {
                payloads.add(JSON.readTree(payload));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return payloads;
    }

    /** A payload without what differs between two plans recording the same change: its id and component. */
    private static JsonNode withoutIds(JsonNode payload) {
        ObjectNode copy = payload.deepCopy();
        copy.remove(List.of("changeId", "componentId"));
        return copy;
    }

    private static List<String> ids(Response response) {
        List<String> ids = new ArrayList<>();
        response.body().path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void aBatchStoresOneEventPerChangeInOrderInOneTransaction() {
        String[] changes = {change(jsr, "0.7", "2020-06-01"), change(tok, "0.2", "2020-01-01"),
                """
                {"supplierId": "%s", "share": 0.1, "effectiveFrom": "2020-06-01", "annualVolume": 1200, "unit": "t",
                 "evidence": "supplier survey"}""".formatted(dongjin),
                change(jsr, "0", "2021-01-01")};
        long before = storedEvents();

        Response response = batch(component, changes);

        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        List<String> ids = ids(response);
        assertThat(ids).hasSize(4).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f-]{36}"));
        assertThat(storedEvents()).isEqualTo(before + 4);
        List<JsonNode> stored = payloads(component);
        assertThat(stored).extracting(payload -> payload.path("changeId").asText()).containsExactlyElementsOf(ids);
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?",
                                     String.class, plan(component)))
                .containsOnly("org.sobujang.api.sourcing.SourcingShareChanged");
        assertThat(stored.get(2).path("evidence").asText()).isEqualTo("supplier survey");
        assertThat(stored.get(2).path("annualVolume").decimalValue()).isEqualByComparingTo("1200");
        // Rows one transaction writes share its id (xmin): the events and the directory's rows for them.
        assertThat(jdbc.queryForList("SELECT DISTINCT xmin::text FROM domainevententry WHERE aggregateidentifier = ? "
                                             + "UNION SELECT DISTINCT xmin::text FROM directory_sourcing_change "
                                             + "WHERE buyer_id = ? AND component_id = ?",
                                     String.class, plan(component), buyer, component)).hasSize(1);
        assertThat(response.consistencyToken()).isEqualTo(
                jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? "
                                            + "ORDER BY sequencenumber DESC LIMIT 1", String.class, plan(component)));
        assertThat(response.body().path("consistencyToken").asText()).isEqualTo(response.consistencyToken());
    }

    @Test
    void aBatchRecordsThePlanItsChangesRecordOneByOne() {
        String other = registerComponent(unique("resist"));
        String[] changes = {change(jsr, "0.5", "2020-01-01"), change(tok, "0.5", "2020-06-01"),
                change(jsr, "0", "2020-12-01"), change(dongjin, "0.4", "2020-12-01"), change(tok, "0.3", "2020-03-01")};

        assertThat(batch(component, changes).status()).isEqualTo(201);
        for (String change : changes) {
            assertThat(single(other, change).status()).isEqualTo(201);
        }

        assertThat(payloads(component)).map(SourcingBatchApiTest::withoutIds)
                                       .containsExactlyElementsOf(payloads(other).stream()
                                                                                  .map(SourcingBatchApiTest::withoutIds)
                                                                                  .toList());
        // Both plans refuse the same change for the same reason: 0.5 + 0.4 + 0.2 on 2020-12-01.
        Response afterBatch = single(component, change(jsr, "0.2", "2020-12-01"));
        Response afterSingles = single(other, change(jsr, "0.2", "2020-12-01"));
        assertProblem(afterBatch, 422);
        assertThat(afterBatch.body().path("detail").asText())
                .isEqualTo("SharesNeverExceedDemand: shares would sum to 1.1 on 2020-12-01")
                .isEqualTo(afterSingles.body().path("detail").asText());
    }

    @Test
    void aBatchWhoseThirdChangeBreaksARuleStoresNothingAndNamesTheChange() {
        assertThat(single(component, change(jsr, "0.5", "2020-01-01")).status()).isEqualTo(201);
        String[] changes = {change(tok, "0.3", "2020-01-01"), change(jsr, "0.6", "2020-06-01"),
                change(dongjin, "0.2", "2020-06-01"), change(dongjin, "0", "2020-12-01")};
        long before = storedEvents();
        long directoryRows = jdbc.queryForObject("SELECT count(*) FROM directory_sourcing_change", Long.class);

        Response refused = batch(component, changes);

        assertProblem(refused, 422);
        assertThat(refused.body().path("changeIndex").asInt(-1)).isEqualTo(2);
        assertThat(refused.body().path("rule").asText()).isEqualTo("SharesNeverExceedDemand");
        assertThat(refused.consistencyToken()).isNull();
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM directory_sourcing_change", Long.class))
                .isEqualTo(directoryRows);
        // The single endpoint, sent the same changes, refuses the third with the same problem.
        assertThat(single(component, changes[0]).status()).isEqualTo(201);
        assertThat(single(component, changes[1]).status()).isEqualTo(201);
        Response alone = single(component, changes[2]);
        assertProblem(alone, 422);
        ObjectNode batchProblem = refused.body().deepCopy();
        ObjectNode singleProblem = alone.body().deepCopy();
        batchProblem.remove(List.of("changeIndex", "instance"));
        singleProblem.remove("instance");
        assertThat(batchProblem).isEqualTo(singleProblem);
    }

    @Test
    void aChangeValidOnlyBecauseOfAnEarlierChangeOfTheBatchIsAccepted() {
        String other = registerComponent(unique("resist"));
        // Without the batch's second change, jsr's 0.9 and tok's 0.8 would overlap from June on.
        assertThat(batch(other, change(jsr, "0.9", "2020-01-01"), change(tok, "0.8", "2020-06-01")).body()
                                                                                                    .path("changeIndex")
                                                                                                    .asInt(-1))
                .isEqualTo(1);

        Response accepted = batch(component, change(jsr, "0.9", "2020-01-01"), change(jsr, "0.2", "2020-06-01"),
                                  change(tok, "0.8", "2020-06-01"));

        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(201);
        assertThat(ids(accepted)).hasSize(3);
    }

    @Test
    void otherRefusalsKeepTheirStatusAndNameTheChange() {
        long before = storedEvents();

        Response ownSupplier = batch(component, change(jsr, "0.5", "2020-01-01"), change(buyer, "0.1", "2020-01-01"));
        assertFieldError(ownSupplier, "changes[1].supplierId");
        assertThat(ownSupplier.body().path("changeIndex").asInt(-1)).isEqualTo(1);
        assertThat(ownSupplier.body().path("detail").asText()).startsWith("BuyerIsNotItsOwnSupplier: ");

        Response unknownSupplier = batch(component, change("nobody", "0.5", "2020-01-01"));
        assertProblem(unknownSupplier, 422);
        assertThat(unknownSupplier.body().path("changeIndex").asInt(-1)).isEqualTo(0);
        assertThat(unknownSupplier.body().path("rule").asText()).isEqualTo("SupplierIsARegisteredFirm");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void noneOrMoreThanAThousandChangesAreBadRequests() {
        long before = storedEvents();
        String[] thousandAndOne = new String[1_001];
        for (int i = 0; i < thousandAndOne.length; i++) {
            thousandAndOne[i] = change(jsr, "0.001", LocalDate.of(2020, 1, 1).plusDays(i).toString());
        }

        assertFieldError(batch(component), "changes");
        assertFieldError(batch(component, thousandAndOne), "changes");
        assertFieldError(post(batchPath(component), "{}"), "changes");
        assertFieldError(post(batchPath(component), "{\"changes\": null}"), "changes");

        assertThat(storedEvents()).isEqualTo(before);
        // The limit itself is accepted.
        String[] thousand = Arrays.copyOf(thousandAndOne, 1_000);
        Response accepted = batch(component, thousand);
        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(201);
        assertThat(ids(accepted)).hasSize(1_000);
        assertThat(storedEvents()).isEqualTo(before + 1_000);
    }

    @Test
    void malformedBodiesAndElementsAreBadRequestsNamingTheElement() {
        long before = storedEvents();

        assertFieldError(batch(component, change(jsr, "0.5", "2020-01-01"), change(tok, "1.5", "2020-01-01")),
                         "changes[1].share");
        assertFieldError(batch(component, change(jsr, "0.5", "2020-01-01"), change(tok, "\"abc\"", "2020-01-01")),
                         "changes[1].share");
        assertFieldError(batch(component, change(jsr, "0.5", "2020-13-01")), "changes[0].effectiveFrom");
        assertFieldError(batch(component, change(jsr, "0.5", "2020-01-01"), "{\"share\": 0.1}"),
                         "changes[1].supplierId");
        assertFieldError(batch(component, change("not.an.id", "0.5", "2020-01-01")), "changes[0].supplierId");
        assertFieldError(batch(component, change(jsr, "0.5", "2020-01-01"), "null"), "changes[1]");
        assertFieldError(batch(component, "[]"), "changes[0]");
        assertFieldError(post(batchPath(component), "{\"changes\": {}}"), "changes");
        assertProblem(post(batchPath(component), "[" + change(jsr, "0.5", "2020-01-01") + "]"), 400);
        assertProblem(post(batchPath(component), "{\"changes\": [" + change(jsr, "0.5", "2020-01-01")), 400);
        assertProblem(post(batchPath(component), "not json"), 400);
        assertProblem(post(batchPath(component), ""), 400);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownBuyersAndComponentsInThePathAreNotFound() {
        long before = storedEvents();
        String ghost = unique("ghost");

        assertProblem(postAs(TestTokens.procurement(ghost), "/api/v1/buyers/" + ghost + "/sourcing-plans/"
                + component + "/changes", "{\"changes\": [" + change(jsr, "0.5", "2020-01-01") + "]}"), 404);
        assertProblem(batch(unique("nothing"), change(jsr, "0.5", "2020-01-01")), 404);
        assertFieldError(batch("not.an.id", change(jsr, "0.5", "2020-01-01")), "componentId");

        assertThat(storedEvents()).isEqualTo(before);
    }
}
