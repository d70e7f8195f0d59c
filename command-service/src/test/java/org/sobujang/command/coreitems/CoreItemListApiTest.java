package org.sobujang.command.coreitems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.command.web.ApiTestSupport;

class CoreItemListApiTest extends ApiTestSupport {

    private String hf;
    private String resist;

    @BeforeEach
    void components() {
        hf = registerComponent(unique("hf"));
        resist = registerComponent(unique("resist"));
    }

    private String body(String id, String name, String componentIds) {
        return """
                {"id": "%s", "name": "%s", "componentIds": [%s], "targets": [{"share": 0.5, "by": "2022-12-31"}]}"""
                .formatted(id, name, componentIds);
    }

    @Test
    void aListIsDefinedAndExtended() {
        String id = unique("core100");
        long before = storedEvents();

        Response defined = post("/api/v1/core-item-lists", body(id, "CORE100-2019", "\"" + hf + "\""));
        Response member = post("/api/v1/core-item-lists/" + id + "/members", """
                {"componentId": "%s"}""".formatted(resist));
        Response memberAgain = post("/api/v1/core-item-lists/" + id + "/members", """
                {"componentId": "%s"}""".formatted(resist));
        Response target = post("/api/v1/core-item-lists/" + id + "/targets", """
                {"share": 0.8, "by": "2025-12-31"}""");

        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.id()).isEqualTo(id);
        assertThat(member.status()).isEqualTo(201);
        assertThat(memberAgain.status()).isEqualTo(201);
        assertThat(target.status()).isEqualTo(201);
        // defined, hf, 0.5 target; then resist once; then the 0.8 target
        assertThat(storedEvents()).isEqualTo(before + 5);
    }

    @Test
    void repeatsAreIdempotentAndOtherBodiesUnderTheSameIdConflict() {
        String id = unique("core100");
        Response first = post("/api/v1/core-item-lists", body(id, "CORE100-2019", "\"" + hf + "\""));
        long before = storedEvents();

        Response repeat = post("/api/v1/core-item-lists", body(id, "CORE100-2019", "\"" + hf + "\""));
        Response other = post("/api/v1/core-item-lists", body(id, "CORE150", "\"" + hf + "\""));

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertProblem(other, 409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTargetOutOfRangeIsABadRequestNamingTheRule() {
        long before = storedEvents();

        Response refused = post("/api/v1/core-item-lists", """
                {"name": "L", "componentIds": [], "targets": [{"share": 1.01, "by": "2030-12-31"}]}""");

        assertFieldError(refused, "targets[0].share");
        assertThat(refused.body().path("detail").asText()).startsWith("TargetShareWithinZeroAndOne: ");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void errorsAreMappedByWhereTheProblemIs() {
        String id = unique("core100");
        post("/api/v1/core-item-lists", body(id, "CORE100-2019", "\"" + hf + "\""));
        long before = storedEvents();

        Response unknownMember = post("/api/v1/core-item-lists", body(unique("l"), "L", "\"" + hf + "\", \"nope\""));
        assertProblem(unknownMember, 422);
        assertThat(unknownMember.body().path("detail").asText())
                .isEqualTo("CoreItemListMembersAreRegisteredComponents: component nope is not registered");
        assertProblem(post("/api/v1/core-item-lists/" + id + "/members", "{\"componentId\": \"nope\"}"), 422);
        assertFieldError(post("/api/v1/core-item-lists", body(unique("l"), " ", "\"" + hf + "\"")), "name");
        assertFieldError(post("/api/v1/core-item-lists", """
                {"name": "L", "componentIds": [], "targets": [{"share": 1.5, "by": "2022-12-31"}]}"""),
                         "targets[0].share");
        assertFieldError(post("/api/v1/core-item-lists/" + id + "/targets", """
                {"share": -0.1, "by": "2022-12-31"}"""), "share");
        assertFieldError(post("/api/v1/core-item-lists", "{\"name\": \"L\"}"), "componentIds");
        assertProblem(post("/api/v1/core-item-lists/" + unique("ghost") + "/members", """
                {"componentId": "%s"}""".formatted(hf)), 404);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
