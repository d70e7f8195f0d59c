package org.sobujang.command.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.command.security.TestTokens;
import org.sobujang.command.web.ApiTestSupport;

class PartnershipApiTest extends ApiTestSupport {

    private String buyer;
    private String supplier;
    private String component;

    @BeforeEach
    void firmsAndComponent() {
        buyer = registerFirm(unique("samsung"), "KR", "LARGE");
        supplier = registerFirm(unique("soulbrain"), "KR", "SME");
        component = registerComponent(unique("hf"));
        // The buyer's partnership office registers and advances its partnerships.
        actAs(TestTokens.partnership(buyer));
    }

    private String body(String id, String buyerId, String supplierId, String kind) {
        return """
                {"id": "%s", "buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "%s",
                 "startedOn": "2019-09-01", "program": "material-parts-2019"}"""
                .formatted(id, buyerId, supplierId, component, kind);
    }

    private Response stage(String id, String stage, String on) {
        return post("/api/v1/partnerships/" + id + "/stages", """
                {"stage": "%s", "on": "%s", "note": "milestone"}""".formatted(stage, on));
    }

    @Test
    void aPartnershipIsRegisteredAndMovesThroughItsStages() {
        String id = unique("p");
        long before = storedEvents();

        Response registered = post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.id()).isEqualTo(id);
        assertThat(stage(id, "PROTOTYPE", "2019-12-01").status()).isEqualTo(200);
        assertThat(stage(id, "MASS_PRODUCTION", "2020-06-01").status()).isEqualTo(200);
        assertThat(stage(id, "TERMINATED", "2021-01-01").status()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 4);
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                                             + "ORDER BY sequencenumber", String.class,
                                     "partnership:" + buyer + "/" + supplier + "/" + id))
                .containsExactly("org.sobujang.api.partnership.PartnershipRegistered",
                                 "org.sobujang.api.partnership.PartnershipStageAdvanced",
                                 "org.sobujang.api.partnership.PartnershipStageAdvanced",
                                 "org.sobujang.api.partnership.PartnershipTerminated");
    }

    @Test
    void withoutIdTheServerMakesOne() {
        Response response = post("/api/v1/partnerships", """
                {"buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "SUPPLY_LINKAGE",
                 "startedOn": "2020-01-01"}""".formatted(buyer, supplier, component));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.id()).matches("[0-9a-f-]{36}");
    }

    @Test
    void repeatsAreIdempotentAndOtherBodiesUnderTheSameIdConflict() {
        String id = unique("p");
        Response first = post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND"));
        long before = storedEvents();

        Response repeat = post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND"));
        Response other = post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_INVESTMENT"));

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertProblem(other, 409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void ineligibleFirmsAreUnprocessableAndNamed() {
        String smeBuyer = registerFirm(unique("small"), "KR", "SME");
        String foreign = registerFirm(unique("stella"), "JP", "SME");
        String large = registerFirm(unique("skc"), "KR", "LARGE");
        long before = storedEvents();

        // The supplier's partnership office may register it; the buyer of the other tests is no party here.
        Response smallBuyer = postAs(TestTokens.partnership(supplier), "/api/v1/partnerships",
                                     body(unique("p"), smeBuyer, supplier, "JOINT_RND"));
        Response foreignSupplier = post("/api/v1/partnerships", body(unique("p"), buyer, foreign, "JOINT_RND"));
        Response largeSupplier = post("/api/v1/partnerships", body(unique("p"), buyer, large, "JOINT_RND"));
        Response unknownFirm = post("/api/v1/partnerships", body(unique("p"), buyer, "nobody-here", "JOINT_RND"));

        assertProblem(smallBuyer, 422);
        assertThat(smallBuyer.body().path("detail").asText()).startsWith("DemandFirmIsLargeOrMidsize").contains(smeBuyer);
        assertProblem(foreignSupplier, 422);
        assertThat(foreignSupplier.body().path("detail").asText()).startsWith("SupplierIsDomestic").contains(foreign);
        assertProblem(largeSupplier, 422);
        assertThat(largeSupplier.body().path("detail").asText()).startsWith("SupplierIsSmeOrMidsize").contains(large);
        assertProblem(unknownFirm, 422);
        assertThat(unknownFirm.body().path("detail").asText())
                .isEqualTo("PartnershipSupplierIsRegisteredFirm: firm nobody-here is not registered");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void invalidRequestsAreBadRequests() {
        long before = storedEvents();

        assertFieldError(post("/api/v1/partnerships", body(unique("p"), buyer, supplier, "FRIENDSHIP")), "kind");
        assertFieldError(post("/api/v1/partnerships", """
                {"buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "JOINT_RND"}"""
                .formatted(buyer, supplier, component)), "startedOn");
        assertFieldError(post("/api/v1/partnerships", body(unique("p"), buyer, buyer, "JOINT_RND")), "supplierId");
        assertFieldError(post("/api/v1/partnerships", """
                {"buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "JOINT_RND",
                 "startedOn": "2019-02-30"}""".formatted(buyer, supplier, component)), "startedOn");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void stageRulesAreUnprocessableAndRecordNothing() {
        String id = unique("p");
        post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND"));
        assertThat(stage(id, "PROTOTYPE", "2019-12-01").status()).isEqualTo(200);
        long before = storedEvents();

        Response backwards = stage(id, "DEVELOPMENT", "2020-01-01");
        Response same = stage(id, "PROTOTYPE", "2020-01-01");
        Response earlier = stage(id, "RELIABILITY_EVALUATION", "2019-11-30");

        assertProblem(backwards, 422);
        assertThat(backwards.body().path("rule").asText()).isEqualTo("StagesMoveForwardOnly");
        assertProblem(same, 422);
        assertProblem(earlier, 422);
        assertThat(earlier.body().path("rule").asText()).isEqualTo("StageNotDatedBeforePrevious");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(stage(id, "TERMINATED", "2020-02-01").status()).isEqualTo(200);
        Response afterEnd = stage(id, "MASS_PRODUCTION", "2020-03-01");
        assertProblem(afterEnd, 422);
        assertThat(afterEnd.body().path("rule").asText()).isEqualTo("NothingAfterTermination");
    }

    /**
     * Authorization needs the stored parties, and an unknown partnership has none: the answer is the 403 that a
     * partnership of other firms gets, so a client cannot probe which partnership ids exist.
     */
    @Test
    void anUnknownPartnershipInThePathIsForbiddenLikeOneOfOtherFirms() {
        String known = unique("p");
        post("/api/v1/partnerships", body(known, buyer, supplier, "JOINT_RND"));
        String outsider = registerFirm(unique("outsider"), "KR", "LARGE");
        long before = storedEvents();

        Response unknown = stage(unique("ghost"), "DEVELOPMENT", "2020-01-01");
        actAs(TestTokens.partnership(outsider));
        Response otherFirms = stage(known, "DEVELOPMENT", "2020-01-01");

        assertProblem(unknown, 403);
        assertProblem(otherFirms, 403);
        assertThat(unknown.body()).isEqualTo(otherFirms.body());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownStageIsABadRequest() {
        String id = unique("p");
        post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND"));

        assertFieldError(stage(id, "FINISHED", "2020-01-01"), "stage");
        assertFieldError(post("/api/v1/partnerships/" + id + "/stages", "{\"stage\": \"DEVELOPMENT\"}"), "on");
    }

    /**
     * Ids are chosen by clients and often name firms: a firm registering an id already used by partnerships it is
     * not a party of is answered exactly as if the id were free, and each party pair keeps its own partnership.
     */
    @Test
    void anIdInUseByOtherFirmsIsNoOracle() {
        String id = unique("shared-name");
        assertThat(post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND")).status()).isEqualTo(201);
        String otherBuyer = registerFirm(unique("hynix"), "KR", "LARGE");
        String otherSupplier = registerFirm(unique("ram"), "KR", "SME");
        actAs(TestTokens.partnership(otherBuyer));
        Response theirs = post("/api/v1/partnerships", body(id, otherBuyer, otherSupplier, "SUPPLY_LINKAGE"));
        Response free = post("/api/v1/partnerships", body(unique("free-name"), otherBuyer, otherSupplier,
                                                          "SUPPLY_LINKAGE"));
        assertThat(theirs.status()).isEqualTo(free.status()).isEqualTo(201);
        assertThat(theirs.id()).isEqualTo(id);
        // each party advances its own partnership of that id; the first one is untouched
        assertThat(stage(id, "DEVELOPMENT", "2020-01-01").status()).isEqualTo(200);
        actAs(TestTokens.partnership(buyer));
        assertThat(stage(id, "PROTOTYPE", "2020-02-01").status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?",
                                     String.class, "partnership:" + otherBuyer + "/" + otherSupplier + "/" + id))
                .hasSize(2);
    }

    @Test
    void aFirmWithTwoPartnershipsOfOneIdNamesTheOtherParty() {
        String id = unique("twice");
        String secondSupplier = registerFirm(unique("dongjin"), "KR", "SME");
        assertThat(post("/api/v1/partnerships", body(id, buyer, supplier, "JOINT_RND")).status()).isEqualTo(201);
        assertThat(post("/api/v1/partnerships", body(id, buyer, secondSupplier, "JOINT_RND")).status())
                .isEqualTo(201);

        assertProblem(stage(id, "DEVELOPMENT", "2020-01-01"), 409);
        Response named = post("/api/v1/partnerships/" + id + "/stages?counterpartyId=" + secondSupplier, """
                {"stage": "DEVELOPMENT", "on": "2020-01-01"}""");
        assertThat(named.status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?",
                                     String.class, "partnership:" + buyer + "/" + secondSupplier + "/" + id))
                .hasSize(2);
    }
}
