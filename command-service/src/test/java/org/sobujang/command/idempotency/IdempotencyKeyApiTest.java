package org.sobujang.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.command.security.TestTokens;
import org.sobujang.command.web.ApiTestSupport;

/** A command retried with the same Idempotency-Key is recorded once and answered as the first time. */
class IdempotencyKeyApiTest extends ApiTestSupport {

    private String buyer;
    private String supplier;
    private String component;
    private String token;

    @BeforeEach
    void plan() {
        buyer = registerFirm(unique("idem-buyer"), "KR", "LARGE");
        supplier = registerFirm(unique("idem-supplier"), "JP", "LARGE");
        component = registerComponent(unique("idem-component"));
        token = TestTokens.procurement(buyer);
    }

    @Test
    void aRetriedCommandIsRecordedOnceAndAnsweredTheSame() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        Response first = change(key, "0.3");
        assertThat(first.status()).isEqualTo(201);
        Response again = change(key, "0.3");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.consistencyToken()).isEqualTo(first.consistencyToken());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(storedEvents()).isEqualTo(before + 1);
        // without a key, the same body is a new change
        assertThat(change(null, "0.3").status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void concurrentRetriesWithOneKeyRecordOneChange() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> change(key, "0.2")));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
            ids.add(response.id());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(change(key, "0.3").status()).isEqualTo(201);
        long before = storedEvents();
        Response other = change(key, "0.4");
        assertProblem(other, 422);
        assertThat(other.body().get("detail").asText()).startsWith("IdempotencyKeyMatchesRequest");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRefusedCommandKeepsNoKeyAndKeysAreTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        String secondSupplier = registerFirm(unique("idem-second"), "JP", "LARGE");
        long before = storedEvents();
        assertProblem(change(key, "1.5"), 400);
        // the refused request left the key free: the same key now records the corrected command
        assertThat(change(key, "0.9").status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
        // 0.9 + 0.3 from a second supplier would exceed the demand: refused by the rule
        supplier = secondSupplier;
        String second = UUID.randomUUID().toString();
        Response refused = change(second, "0.3");
        assertProblem(refused, 422);
        assertThat(storedEvents()).isEqualTo(before + 1);
        // another caller's key of the same name is another key
        String otherBuyer = registerFirm(unique("idem-other"), "KR", "LARGE");
        Response theirs = sendAs(TestTokens.procurement(otherBuyer), request(otherBuyer, key, "0.3"));
        assertThat(theirs.status()).isEqualTo(201);
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        assertProblem(change("has space", "0.1"), 400);
        assertProblem(change("x".repeat(256), "0.1"), 400);
    }

    private Response change(String key, String share) {
        return sendAs(token, request(buyer, key, share));
    }

    private HttpRequest.Builder request(String buyerId, String key, String share) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/buyers/" + buyerId + "/sourcing-changes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"componentId": "%s", "supplierId": "%s", "share": %s, "effectiveFrom": "2019-01-01"}"""
                        .formatted(component, supplier, share)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request;
    }
}
