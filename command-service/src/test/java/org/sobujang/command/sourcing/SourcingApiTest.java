package org.sobujang.command.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.command.security.TestTokens;
import org.sobujang.command.web.ApiTestSupport;

class SourcingApiTest extends ApiTestSupport {

    private String buyer;
    private String jsr;
    private String tok;
    private String component;

    @BeforeEach
    void firmsAndComponent() {
        buyer = registerFirm(unique("samsung"));
        jsr = registerFirm(unique("jsr"));
        tok = registerFirm(unique("tok"));
        component = registerComponent(unique("resist"));
        // Only the buyer's own procurement records its sourcing.
        actAs(TestTokens.procurement(buyer));
    }

    private Response change(String supplier, String share, String date) {
        return post("/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": %s, "effectiveFrom": "%s",
                 "annualVolume": 1200, "unit": "t", "evidence": "supplier survey"}"""
                .formatted(component, supplier, share, date));
    }

    private String revisions() {
        return "/api/v1/buyers/" + buyer + "/sourcing-plans/" + component + "/revisions";
    }

    @Test
    void aChangeIsRecorded() {
        Response response = change(jsr, "0.7", "2020-01-01");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.id()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT buyer_id FROM directory_sourcing_change WHERE change_id = ?",
                                       String.class, response.id())).isEqualTo(buyer);
    }

    @Test
    void sharesOverOneAreUnprocessableAndRecordNothing() {
        change(jsr, "0.7", "2020-01-01");
        change(tok, "0.2", "2020-01-01");
        String other = registerFirm(unique("dongjin"));
        long before = storedEvents();

        Response response = post("/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": 0.15, "effectiveFrom": "2020-06-01"}"""
                .formatted(component, other));

        assertProblem(response, 422);
        assertThat(response.body().path("detail").asText())
                .isEqualTo("SharesNeverExceedDemand: shares would sum to 1.05 on 2020-06-01");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBackdatedChangeThatBreaksALaterDateIsUnprocessable() {
        change(jsr, "0.5", "2020-01-01");
        change(tok, "0.5", "2020-12-01");

        Response response = change(registerFirm(unique("dongjin")), "0.3", "2020-06-01");

        assertProblem(response, 422);
        assertThat(response.body().path("detail").asText()).contains("1.3 on 2020-12-01");
    }

    @Test
    void changeInputErrorsAreBadRequests() {
        long before = storedEvents();

        assertFieldError(change(jsr, "\"abc\"", "2020-01-01"), "share");
        assertFieldError(change(jsr, "1.5", "2020-01-01"), "share");
        assertFieldError(change(jsr, "-0.1", "2020-01-01"), "share");
        assertFieldError(change(jsr, "0.5", "2020-13-01"), "effectiveFrom");
        assertFieldError(change(buyer, "0.5", "2020-01-01"), "supplierId");
        assertFieldError(post("/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "share": 0.5, "effectiveFrom": "2020-01-01"}""".formatted(component)),
                         "supplierId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    /** The share range is the plan's rule alone: the problem details name it and the field, on every endpoint. */
    @Test
    void aShareOutOfRangeIsABadRequestNamingTheRule() {
        long before = storedEvents();

        Response single = change(jsr, "1.5", "2020-01-01");
        Response batch = post("/api/v1/buyers/" + buyer + "/sourcing-plans/" + component + "/changes", """
                {"changes": [{"supplierId": "%s", "share": 0.5, "effectiveFrom": "2020-01-01"},
                             {"supplierId": "%s", "share": -0.1, "effectiveFrom": "2020-01-01"}]}"""
                .formatted(jsr, tok));
        Response revision = post(revisions(), """
                {"effectiveFrom": "2020-06-01", "shares": [{"supplierId": "%s", "share": 1.000000000000000000001}]}"""
                .formatted(jsr));

        assertFieldError(single, "share");
        assertFieldError(batch, "changes[1].share");
        assertThat(batch.body().path("changeIndex").asInt(-1)).isEqualTo(1);
        assertFieldError(revision, "shares[0].share");
        for (Response refused : List.of(single, batch, revision)) {
            assertThat(refused.body().path("type").asText()).isEqualTo("/problems/invalid-request");
            assertThat(refused.body().path("detail").asText()).startsWith("ShareWithinZeroAndOne: ");
            assertThat(refused.body().path("errors").get(0).path("message").asText())
                    .startsWith("ShareWithinZeroAndOne: ");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownIdsAreNotFoundInThePathAndUnprocessableInTheBody() {
        long before = storedEvents();

        // A procurement client of a firm that was never registered: authorized for its own path, which is unknown.
        String ghost = unique("ghost");
        assertProblem(postAs(TestTokens.procurement(ghost), "/api/v1/buyers/" + ghost + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": 0.5, "effectiveFrom": "2020-01-01"}"""
                .formatted(component, jsr)), 404);
        Response unknownSupplier = change("nobody", "0.5", "2020-01-01");
        assertProblem(unknownSupplier, 422);
        assertThat(unknownSupplier.body().path("detail").asText()).startsWith("SupplierIsARegisteredFirm");
        assertProblem(post("/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "nothing", "supplierId": "%s", "share": 0.5, "effectiveFrom": "2020-01-01"}"""
                .formatted(jsr)), 422);
        assertProblem(post("/api/v1/buyers/" + buyer + "/sourcing-plans/nothing/revisions", """
                {"effectiveFrom": "2020-01-01", "shares": []}"""), 404);

        assertThat(storedEvents()).isEqualTo(before);
    }

    /** A firm and a component may share an id: only an unknown object of the path's kind is a 404. */
    @Test
    void aBodyIdEqualToAPathIdOfAnotherKindIsStillTheBodys() {
        String both = registerComponent(unique("both"));
        long before = storedEvents();

        Response revision = post("/api/v1/buyers/" + buyer + "/sourcing-plans/" + both + "/revisions", """
                {"effectiveFrom": "2020-01-01", "shares": [{"supplierId": "%s", "share": 0.5}]}""".formatted(both));

        assertProblem(revision, 422);
        assertThat(revision.body().path("rule").asText()).isEqualTo("SupplierIsARegisteredFirm");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRevisionSetsTheWholeSupplierSet() {
        change(jsr, "0.9", "2020-01-01");

        Response revision = post(revisions(), """
                {"effectiveFrom": "2020-06-01", "shares": [{"supplierId": "%s", "share": 0.6}], "annualVolume": 1000,
                 "unit": "t", "evidence": "contract"}""".formatted(tok));

        assertThat(revision.status()).isEqualTo(201);
        assertThat(revision.id()).isNotBlank();
        // jsr dropped to 0 on 2020-06-01, so 0.4 more fits.
        assertThat(change(registerFirm(unique("dongjin")), "0.4", "2020-06-01").status()).isEqualTo(201);
    }

    @Test
    void revisionErrors() {
        long before = storedEvents();

        assertFieldError(post(revisions(), """
                {"effectiveFrom": "2020-06-01", "shares": [{"supplierId": "%s", "share": 0.3},
                                                           {"supplierId": "%s", "share": 0.3}]}"""
                .formatted(jsr, jsr)), "shares[1].supplierId");
        assertFieldError(post(revisions(), """
                {"effectiveFrom": "2020-06-01", "shares": [{"supplierId": "%s", "share": "x"}]}""".formatted(jsr)),
                         "shares[0].share");
        assertFieldError(post(revisions(), """
                {"effectiveFrom": "2020-06-01", "shares": [{"supplierId": "%s", "share": 2}]}""".formatted(jsr)),
                         "shares[0].share");
        assertFieldError(post(revisions(), """
                {"effectiveFrom": "2020-06-01"}"""), "shares");
        Response over = post(revisions(), """
                {"effectiveFrom": "2020-06-01", "shares": [{"supplierId": "%s", "share": 0.6},
                                                           {"supplierId": "%s", "share": 0.5}]}"""
                .formatted(jsr, tok));
        assertProblem(over, 422);
        assertThat(over.body().path("detail").asText()).startsWith("SharesNeverExceedDemand");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aChangeIsRetractedOnce() {
        String changeId = change(jsr, "0.9", "2020-01-01").id();

        assertThat(delete("/api/v1/buyers/" + buyer + "/sourcing-changes/" + changeId).status()).isEqualTo(204);
        assertProblem(delete("/api/v1/buyers/" + buyer + "/sourcing-changes/" + changeId), 404);
        // The retracted 0.9 no longer counts, so a full share fits.
        assertThat(change(tok, "1", "2020-01-01").status()).isEqualTo(201);
    }

    @Test
    void retractionErrors() {
        String changeId = change(jsr, "0.6", "2020-01-01").id();
        String dropped = change(jsr, "0", "2020-06-01").id();
        assertThat(change(tok, "0.8", "2020-12-01").status()).isEqualTo(201);
        String otherBuyer = registerFirm(unique("lg"));
        long before = storedEvents();

        Response exceeding = delete("/api/v1/buyers/" + buyer + "/sourcing-changes/" + dropped);
        assertProblem(exceeding, 422);
        assertThat(exceeding.body().path("detail").asText()).startsWith("SharesNeverExceedDemand");
        // The other buyer's own procurement does not find this buyer's change under its path.
        assertProblem(deleteAs(TestTokens.procurement(otherBuyer),
                               "/api/v1/buyers/" + otherBuyer + "/sourcing-changes/" + changeId), 404);
        assertProblem(delete("/api/v1/buyers/" + buyer + "/sourcing-changes/" + unique("unknown")), 404);
        assertFieldError(delete("/api/v1/buyers/" + buyer + "/sourcing-changes/not.an.id"), "changeId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void protocolErrorsAreProblemsNotServerErrors() {
        String path = "/api/v1/buyers/" + buyer + "/sourcing-changes";

        Response wrongMethod = send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString("{}"))
                                               .header("Content-Type", "application/json"));
        assertThat(wrongMethod.status()).isEqualTo(405);
        Response wrongMediaType = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain")
                                                  .POST(HttpRequest.BodyPublishers.ofString("share=1")));
        assertThat(wrongMediaType.status()).isEqualTo(415);
        assertProblem(post(path, "[1, 2]"), 400);
        assertProblem(post(path, "not json"), 400);
    }
}
