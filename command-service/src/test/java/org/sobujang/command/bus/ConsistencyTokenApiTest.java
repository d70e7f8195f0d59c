package org.sobujang.command.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.sobujang.command.security.TestTokens;
import org.sobujang.command.web.ApiTestSupport;

/**
 * Every accepted command answers with the identifier of the last event it appended — or, when it appended nothing, of
 * its aggregate's latest stored event — in the X-Consistency-Token header and, where there is a body, in its
 * consistencyToken field. A rejected command answers with none.
 */
class ConsistencyTokenApiTest extends ApiTestSupport {

    private String lastEventOf(String aggregateId) {
        return jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? "
                                           + "ORDER BY sequencenumber DESC LIMIT 1", String.class, aggregateId);
    }

    /** The answer's token is the aggregate's last stored event, in the header and, with a body, in the body. */
    private String assertToken(Response response, int status, String aggregateId) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
        String last = lastEventOf(aggregateId);
        assertThat(response.consistencyToken()).isNotBlank().isEqualTo(last);
        if (status == 204) {
            assertThat(response.body().isNull()).isTrue();
        } else {
            assertThat(response.body().path("consistencyToken").asText()).isEqualTo(last);
            assertThat(response.body().path("id").asText()).isNotBlank();
        }
        return last;
    }

    private static void assertNoToken(Response response) {
        assertThat(response.consistencyToken()).isNull();
        assertThat(response.body().has("consistencyToken")).isFalse();
    }

    @Test
    void firmCommandsCarryTheirLastEvent() {
        String firm = unique("acme");
        String component = registerComponent(unique("comp"));
        String body = """
                {"id": "%s", "name": "Acme", "country": "KR", "size": "SME"}""".formatted(firm);

        String registered = assertToken(post("/api/v1/firms", body), 201, "firm:" + firm);
        String declared = assertToken(post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 7, "since": "2024-01-01"}""".formatted(component)),
                                      201, "firm:" + firm);
        String withdrawn = assertToken(delete("/api/v1/firms/" + firm + "/capabilities/" + component
                                                      + "?effectiveFrom=2024-06-01"), 204, "firm:" + firm);

        assertThat(registered).isNotEqualTo(declared).isNotEqualTo(withdrawn);
        assertThat(declared).isNotEqualTo(withdrawn);
    }

    @Test
    void anIdempotentRepeatCarriesTheAggregatesLatestEvent() {
        String firm = unique("acme");
        String component = registerComponent(unique("comp"));
        String body = """
                {"id": "%s", "name": "Acme", "country": "KR", "size": "SME"}""".formatted(firm);
        post("/api/v1/firms", body);
        String declared = assertToken(post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 7}""".formatted(component)), 201, "firm:" + firm);
        long before = storedEvents();

        Response repeat = post("/api/v1/firms", body);

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(assertToken(repeat, 201, "firm:" + firm)).isEqualTo(declared);
    }

    @Test
    void componentCommandsCarryTheirLastEvent() {
        String component = unique("hf");
        String body = """
                {"id": "%s", "name": "HF", "category": "MATERIAL", "hsCode": "281111", "sector": "SEMICONDUCTOR",
                 "controlListEntries": [{"regime": "WASSENAAR", "code": "1C350"}]}""".formatted(component);
        String aggregate = "component:" + component;

        assertToken(post("/api/v1/components", body), 201, aggregate);
        String entry = assertToken(post("/api/v1/components/" + component + "/control-list-entries", """
                {"regime": "KR-STRATEGIC", "code": "2B350"}"""), 201, aggregate);
        String entryAgain = assertToken(post("/api/v1/components/" + component + "/control-list-entries", """
                {"regime": "KR-STRATEGIC", "code": "2B350"}"""), 201, aggregate);
        Response imposed = post("/api/v1/components/" + component + "/export-restrictions", """
                {"imposingCountry": "JP", "measure": "INDIVIDUAL_LICENSE", "effectiveFrom": "2019-07-04"}""");
        assertToken(imposed, 201, aggregate);
        assertToken(post("/api/v1/components/" + component + "/export-restrictions/" + imposed.id() + "/lift", """
                {"effectiveFrom": "2021-01-01"}"""), 200, aggregate);

        assertThat(entryAgain).isEqualTo(entry);
    }

    @Test
    void sourcingCommandsCarryTheirPlansLastEvent() {
        String buyer = registerFirm(unique("samsung"));
        String supplier = registerFirm(unique("jsr"));
        String component = registerComponent(unique("resist"));
        String plan = "plan:" + buyer + "/" + component;
        actAs(TestTokens.procurement(buyer));

        Response change = post("/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": 0.7, "effectiveFrom": "2020-01-01"}"""
                .formatted(component, supplier));
        assertToken(change, 201, plan);
        assertToken(post("/api/v1/buyers/" + buyer + "/sourcing-plans/" + component + "/revisions", """
                {"effectiveFrom": "2021-01-01", "shares": [{"supplierId": "%s", "share": 0.5}]}""".formatted(supplier)),
                    201, plan);
        assertToken(delete("/api/v1/buyers/" + buyer + "/sourcing-changes/" + change.id()), 204, plan);
    }

    @Test
    void aBatchOfChangesCarriesItsLastEvent() {
        String buyer = registerFirm(unique("samsung"));
        String supplier = registerFirm(unique("jsr"));
        String component = registerComponent(unique("resist"));
        String plan = "plan:" + buyer + "/" + component;
        actAs(TestTokens.procurement(buyer));

        Response batch = post("/api/v1/buyers/" + buyer + "/sourcing-plans/" + component + "/changes", """
                {"changes": [{"supplierId": "%s", "share": 0.7, "effectiveFrom": "2020-01-01"},
                             {"supplierId": "%s", "share": 0.5, "effectiveFrom": "2021-01-01"},
                             {"supplierId": "%s", "share": 0.6, "effectiveFrom": "2022-01-01"}]}"""
                .formatted(supplier, supplier, supplier));

        assertThat(batch.status()).as("%s", batch.body()).isEqualTo(201);
        String last = lastEventOf(plan);
        assertThat(batch.consistencyToken()).isEqualTo(last);
        assertThat(batch.body().path("consistencyToken").asText()).isEqualTo(last);
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                                               + "WHERE eventidentifier = ?", String.class, last))
                .contains(batch.body().path("ids").get(2).asText());
    }

    @Test
    void partnershipCommandsCarryTheirLastEvent() {
        String partnership = unique("p");
        String buyer = registerFirm(unique("samsung"), "KR", "LARGE");
        String supplier = registerFirm(unique("soulbrain"), "KR", "SME");
        String aggregate = "partnership:" + buyer + "/" + supplier + "/" + partnership;
        String component = registerComponent(unique("hf"));
        actAs(TestTokens.partnership(supplier));
        Response registered = post("/api/v1/partnerships", """
                {"id": "%s", "buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "JOINT_RND",
                 "startedOn": "2019-09-01"}""".formatted(partnership, buyer, supplier, component));

        assertToken(registered, 201, aggregate);
        assertToken(post("/api/v1/partnerships/" + partnership + "/stages", """
                {"stage": "PROTOTYPE", "on": "2019-12-01"}"""), 200, aggregate);
        assertToken(post("/api/v1/partnerships/" + partnership + "/stages", """
                {"stage": "TERMINATED", "on": "2021-01-01"}"""), 200, aggregate);
    }

    @Test
    void coreItemListCommandsCarryTheirLastEvent() {
        String list = unique("core100");
        String aggregate = "core-item-list:" + list;
        String hf = registerComponent(unique("hf"));
        String resist = registerComponent(unique("resist"));

        // One command, three events (defined, member, target): the token is the last of them.
        String defined = assertToken(post("/api/v1/core-item-lists", """
                {"id": "%s", "name": "CORE100", "componentIds": ["%s"], "targets": [{"share": 0.5, "by": "2022-12-31"}]}"""
                .formatted(list, hf)), 201, aggregate);
        assertThat(jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                                       Long.class, aggregate)).isEqualTo(2);
        String member = assertToken(post("/api/v1/core-item-lists/" + list + "/members", """
                {"componentId": "%s"}""".formatted(resist)), 201, aggregate);
        String memberAgain = assertToken(post("/api/v1/core-item-lists/" + list + "/members", """
                {"componentId": "%s"}""".formatted(resist)), 201, aggregate);
        assertToken(post("/api/v1/core-item-lists/" + list + "/targets", """
                {"share": 0.8, "by": "2025-12-31"}"""), 201, aggregate);

        assertThat(member).isNotEqualTo(defined);
        assertThat(memberAgain).isEqualTo(member);
    }

    @Test
    void aRejectedCommandCarriesNoToken() {
        String firm = registerFirm(unique("acme"));

        Response conflict = post("/api/v1/firms", """
                {"id": "%s", "name": "Someone else", "country": "KR", "size": "SME"}""".formatted(firm));
        Response unprocessable = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 7}""".formatted(unique("ghost")));
        Response notFound = delete("/api/v1/firms/" + firm + "/capabilities/" + unique("ghost"));
        Response invalid = post("/api/v1/firms", "{\"name\": \"A\"}");

        assertProblem(conflict, 409);
        assertProblem(unprocessable, 422);
        assertProblem(notFound, 404);
        assertProblem(invalid, 400);
        for (Response rejected : new Response[] {conflict, unprocessable, notFound, invalid}) {
            assertNoToken(rejected);
        }
    }

    @Test
    void anAcceptedImportCarriesNoTokenItsReportIsFollowedInstead() {
        Response accepted = send(HttpRequest.newBuilder(uri("/api/v1/imports?kind=trade-statistics"))
                                            .header("Content-Type", "text/csv")
                                            .POST(HttpRequest.BodyPublishers.ofString("", StandardCharsets.UTF_8)));

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.id()).isNotBlank();
        assertNoToken(accepted);
    }
}
