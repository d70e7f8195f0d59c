package org.sobujang.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sobujang.command.security.TestTokens.admin;
import static org.sobujang.command.security.TestTokens.analyst;
import static org.sobujang.command.security.TestTokens.partnership;
import static org.sobujang.command.security.TestTokens.procurement;
import static org.sobujang.command.security.TestTokens.steward;
import static org.sobujang.command.security.TestTokens.token;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.command.web.ApiTestSupport;

/**
 * The roles x operations table of docs/security.md, endpoint by endpoint: no or a bad token is 401, every role that
 * may not do the operation is 403 and records nothing, the allowed callers succeed. Refusals are checked against
 * objects that exist, so a 403 is never a 404 in disguise, and against unknown objects of other firms, which must
 * read the same.
 */
class AuthorizationApiTest extends ApiTestSupport {

    /** A request sent with a given bearer token (null: none). */
    private interface Call {
        Response as(String token);
    }

    private String firmA;
    private String firmB;
    private String firmC;
    private String component;

    @BeforeEach
    void firms() {
        firmA = registerFirm(unique("buyer"), "KR", "LARGE");
        firmB = registerFirm(unique("supplier"), "KR", "SME");
        firmC = registerFirm(unique("outsider"), "KR", "LARGE");
        component = registerComponent(unique("resist"));
    }

    /** Callers of firm A with every role but the ones given, plus clients without a firm. */
    private List<String> everyoneBut(String... allowedRoles) {
        List<String> allowed = List.of(allowedRoles);
        List<String> callers = new ArrayList<>();
        for (String role : List.of(Roles.STEWARD, Roles.ADMIN, Roles.ANALYST, Roles.PROCUREMENT, Roles.PARTNERSHIP)) {
            if (!allowed.contains(role)) {
                callers.add(token(firmA, role));
                callers.add(token(null, role));
            }
        }
        // A token without any role at all.
        callers.add(token(firmA));
        return callers;
    }

    /** 401 without a valid token, 403 for each refused caller, and nothing recorded by any of them. */
    private void assertRefused(Call call, List<String> refused) {
        long before = storedEvents();
        assertUnauthenticated(call);
        for (String caller : refused) {
            assertProblem(call.as(caller), 403);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static void assertUnauthenticated(Call call) {
        assertProblem(call.as(null), 401);
        assertProblem(call.as(TestTokens.expired(null, Roles.STEWARD)), 401);
        assertProblem(call.as(TestTokens.signedByAnotherKey(null, Roles.STEWARD)), 401);
        assertProblem(call.as("not-a-jwt"), 401);
    }

    private static void assertStatus(Response response, int status) {
        assertThat(response.status()).as("answer %s", response.body()).isEqualTo(status);
    }

    private Call postCall(String path, String json) {
        return token -> postAs(token, path, json);
    }

    private String firmBody() {
        return """
                {"id": "%s", "name": "Acme", "country": "KR", "size": "SME"}""".formatted(unique("f"));
    }

    @Test
    void onlyStewardsRegisterFirms() {
        Call register = token -> postAs(token, "/api/v1/firms", firmBody());
        assertRefused(register, everyoneBut(Roles.STEWARD));
        assertStatus(register.as(steward()), 201);
        // The role decides, not the firm: a steward who also names a firm is still a steward.
        assertStatus(register.as(token(firmA, Roles.STEWARD)), 201);
    }

    private Call declare(String firm, String componentId) {
        return postCall("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 7, "since": "2020-01-01"}""".formatted(componentId));
    }

    @Test
    void capabilitiesAreDeclaredByStewardsOrTheFirmsOwnProcurementAndPartnership() {
        List<String> refused = new ArrayList<>(everyoneBut(Roles.STEWARD, Roles.PROCUREMENT, Roles.PARTNERSHIP));
        refused.addAll(List.of(procurement(firmB), partnership(firmB), token(null, Roles.PROCUREMENT),
                               token(null, Roles.PARTNERSHIP)));
        assertRefused(declare(firmA, component), refused);
        // An unknown firm is refused exactly as another firm is.
        assertRefused(declare(unique("ghost"), component), List.of(procurement(firmA), partnership(firmA)));

        assertStatus(declare(firmA, component).as(steward()), 201);
        assertStatus(declare(firmA, registerComponent(unique("c"))).as(procurement(firmA)), 201);
        assertStatus(declare(firmA, registerComponent(unique("c"))).as(partnership(firmA)), 201);
    }

    @Test
    void capabilitiesAreWithdrawnByStewardsOrTheFirmsOwnProcurementAndPartnership() {
        List<String> refused = new ArrayList<>(everyoneBut(Roles.STEWARD, Roles.PROCUREMENT, Roles.PARTNERSHIP));
        refused.addAll(List.of(procurement(firmB), partnership(firmB)));
        for (String allowed : List.of(steward(), procurement(firmA), partnership(firmA))) {
            String declared = registerComponent(unique("c"));
            assertStatus(declare(firmA, declared).as(steward()), 201);
            Call withdraw = token -> deleteAs(token, "/api/v1/firms/" + firmA + "/capabilities/" + declared
                    + "?effectiveFrom=2021-01-01");
            assertRefused(withdraw, refused);
            assertStatus(withdraw.as(allowed), 204);
        }
        assertRefused(token -> deleteAs(token, "/api/v1/firms/" + unique("ghost") + "/capabilities/" + component),
                      List.of(procurement(firmA), partnership(firmA)));
    }

    @Test
    void onlyStewardsRegisterComponentsAndTheirEntriesAndRestrictions() {
        Call register = postCall("/api/v1/components", """
                {"id": "%s", "name": "Photoresist", "category": "MATERIAL", "hsCode": "370790",
                 "sector": "SEMICONDUCTOR"}""".formatted(unique("c")));
        assertRefused(register, everyoneBut(Roles.STEWARD));
        assertStatus(register.as(steward()), 201);

        Call entry = postCall("/api/v1/components/" + component + "/control-list-entries", """
                {"regime": "WASSENAAR", "code": "3C002"}""");
        assertRefused(entry, everyoneBut(Roles.STEWARD));
        assertStatus(entry.as(steward()), 201);

        Call impose = postCall("/api/v1/components/" + component + "/export-restrictions", """
                {"imposingCountry": "JP", "measure": "INDIVIDUAL_LICENSE", "effectiveFrom": "2019-07-04"}""");
        assertRefused(impose, everyoneBut(Roles.STEWARD));
        Response imposed = impose.as(steward());
        assertStatus(imposed, 201);

        Call lift = postCall("/api/v1/components/" + component + "/export-restrictions/" + imposed.id() + "/lift",
                             """
                                     {"effectiveFrom": "2020-01-01"}""");
        assertRefused(lift, everyoneBut(Roles.STEWARD));
        assertStatus(lift.as(steward()), 200);
        // Unknown components are refused before they are looked up.
        assertRefused(postCall("/api/v1/components/" + unique("ghost") + "/control-list-entries", """
                {"regime": "WASSENAAR", "code": "3C002"}"""), everyoneBut(Roles.STEWARD));
    }

    @Test
    void onlyStewardsMaintainCoreItemLists() {
        String list = unique("core");
        Call define = postCall("/api/v1/core-item-lists", """
                {"id": "%s", "name": "Core 100", "componentIds": ["%s"]}""".formatted(list, component));
        assertRefused(define, everyoneBut(Roles.STEWARD));
        assertStatus(define.as(steward()), 201);

        Call member = postCall("/api/v1/core-item-lists/" + list + "/members", """
                {"componentId": "%s"}""".formatted(registerComponent(unique("c"))));
        assertRefused(member, everyoneBut(Roles.STEWARD));
        assertStatus(member.as(steward()), 201);

        Call target = postCall("/api/v1/core-item-lists/" + list + "/targets", """
                {"share": 0.5, "by": "2030-12-31"}""");
        assertRefused(target, everyoneBut(Roles.STEWARD));
        assertStatus(target.as(steward()), 201);
    }

    private Call importFile(String csv) {
        return token -> sendAs(token, HttpRequest.newBuilder(uri("/api/v1/imports?kind=trade-statistics"))
                                                 .header("Content-Type", "text/csv")
                                                 .POST(HttpRequest.BodyPublishers.ofString(csv,
                                                                                           StandardCharsets.UTF_8)));
    }

    private static String tradeFile() {
        String hs = "2811" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        return "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n2018.01,JP,%s,5571666,4643055,1200,300\n".formatted(hs);
    }

    @Test
    void onlyStewardsImportAndStewardsOrAdministratorsReadReports() {
        Call start = importFile(tradeFile());
        assertRefused(start, everyoneBut(Roles.STEWARD));
        Response started = start.as(steward());
        assertStatus(started, 202);
        // Its events are written on an import thread; counting refusals' events needs it done first.
        awaitFinished(started.id());

        Call report = token -> getAs(token, "/api/v1/imports/" + started.id());
        assertRefused(report, everyoneBut(Roles.STEWARD, Roles.ADMIN));
        assertStatus(report.as(steward()), 200);
        assertStatus(report.as(admin()), 200);
        // An unknown report: 403 for those who may read none, 404 only for those who may read reports.
        assertRefused(token -> getAs(token, "/api/v1/imports/" + unique("ghost")),
                      List.of(analyst(), procurement(firmA), partnership(firmA)));
        assertProblem(getAs(admin(), "/api/v1/imports/" + unique("ghost")), 404);
    }

    /** The import must not write while events are counted, here or in later tests. */
    private void awaitFinished(String importId) {
        awaitImportFinished(steward(), importId);
    }

    private Call change(String buyer) {
        return postCall("/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": 0.1, "effectiveFrom": "2020-01-01"}"""
                .formatted(component, firmB));
    }

    private Call changes(String buyer, String componentId) {
        return postCall("/api/v1/buyers/" + buyer + "/sourcing-plans/" + componentId + "/changes", """
                {"changes": [{"supplierId": "%s", "share": 0.1, "effectiveFrom": "2022-01-01"},
                             {"supplierId": "%s", "share": 0.2, "effectiveFrom": "2022-06-01"}]}"""
                .formatted(firmB, firmB));
    }

    @Test
    void onlyTheBuyersOwnProcurementRecordsItsSourcing() {
        List<String> refused = new ArrayList<>(everyoneBut(Roles.PROCUREMENT));
        refused.addAll(List.of(procurement(firmB), procurement(firmC), token(null, Roles.PROCUREMENT),
                               token(firmA, Roles.STEWARD, Roles.PARTNERSHIP)));

        assertRefused(change(firmA), refused);
        Response recorded = change(firmA).as(procurement(firmA));
        assertStatus(recorded, 201);

        Call revise = postCall("/api/v1/buyers/" + firmA + "/sourcing-plans/" + component + "/revisions", """
                {"effectiveFrom": "2021-01-01", "shares": [{"supplierId": "%s", "share": 0.2}]}""".formatted(firmB));
        assertRefused(revise, refused);
        assertStatus(revise.as(procurement(firmA)), 201);

        Call batch = changes(firmA, component);
        assertRefused(batch, refused);
        assertStatus(batch.as(procurement(firmA)), 201);

        Call retract = token -> deleteAs(token, "/api/v1/buyers/" + firmA + "/sourcing-changes/" + recorded.id());
        assertRefused(retract, refused);
        assertStatus(retract.as(procurement(firmA)), 204);
    }

    @Test
    void anotherBuyersPathIsForbiddenWhetherOrNotTheBuyerOrTheChangeExists() {
        String ghost = unique("ghost");
        Response recorded = change(firmA).as(procurement(firmA));
        assertStatus(recorded, 201);

        assertRefused(change(firmB), List.of(procurement(firmA)));
        assertRefused(change(ghost), List.of(procurement(firmA)));
        assertRefused(postCall("/api/v1/buyers/" + ghost + "/sourcing-plans/" + unique("c") + "/revisions", """
                {"effectiveFrom": "2021-01-01", "shares": []}"""), List.of(procurement(firmA)));
        assertRefused(changes(firmB, component), List.of(procurement(firmA)));
        assertRefused(changes(ghost, unique("c")), List.of(procurement(firmA)));
        // Firm B's procurement may not retract A's change, nor learn whether an id is one of A's.
        assertRefused(token -> deleteAs(token, "/api/v1/buyers/" + firmA + "/sourcing-changes/" + recorded.id()),
                      List.of(procurement(firmB)));
        assertRefused(token -> deleteAs(token, "/api/v1/buyers/" + firmA + "/sourcing-changes/" + unique("x")),
                      List.of(procurement(firmB)));
        // The same body and a bad one alike: authorization comes first, so a refused caller learns nothing more.
        assertRefused(postCall("/api/v1/buyers/" + firmB + "/sourcing-changes", "{\"share\": \"x\"}"),
                      List.of(procurement(firmA)));
        assertRefused(postCall("/api/v1/buyers/" + firmB + "/sourcing-plans/" + component + "/changes",
                               "{\"changes\": \"x\"}"), List.of(procurement(firmA)));
    }

    private Call registerPartnership(String id, String buyer, String supplier) {
        return postCall("/api/v1/partnerships", """
                {"id": "%s", "buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "JOINT_RND",
                 "startedOn": "2019-09-01"}""".formatted(id, buyer, supplier, component));
    }

    private Call stage(String partnershipId, String stage, String on) {
        return postCall("/api/v1/partnerships/" + partnershipId + "/stages", """
                {"stage": "%s", "on": "%s"}""".formatted(stage, on));
    }

    @Test
    void partnershipsAreRegisteredByThePartnershipOfficeOfEitherParty() {
        List<String> refused = new ArrayList<>(everyoneBut(Roles.PARTNERSHIP));
        refused.addAll(List.of(partnership(firmC), token(null, Roles.PARTNERSHIP), procurement(firmB)));

        String byBuyer = unique("p");
        assertRefused(registerPartnership(byBuyer, firmA, firmB), refused);
        assertStatus(registerPartnership(byBuyer, firmA, firmB).as(partnership(firmA)), 201);
        assertStatus(registerPartnership(unique("p"), firmA, firmB).as(partnership(firmB)), 201);
        // Firms that do not exist are no excuse: only a party registers, and the outsider is none.
        assertRefused(registerPartnership(unique("p"), unique("ghost"), unique("ghost")),
                      List.of(partnership(firmC)));
    }

    @Test
    void stagesAreAdvancedOnlyByAPartyOfTheStoredPartnership() {
        String id = unique("p");
        assertStatus(registerPartnership(id, firmA, firmB).as(partnership(firmA)), 201);
        List<String> refused = new ArrayList<>(everyoneBut(Roles.PARTNERSHIP));
        refused.addAll(List.of(partnership(firmC), token(null, Roles.PARTNERSHIP), procurement(firmB),
                               steward()));

        assertRefused(stage(id, "PROTOTYPE", "2019-12-01"), refused);
        assertStatus(stage(id, "PROTOTYPE", "2019-12-01").as(partnership(firmA)), 200);
        assertStatus(stage(id, "MASS_PRODUCTION", "2020-06-01").as(partnership(firmB)), 200);
        // An unknown partnership and one of firms B and C read the same to firm A's partnership office.
        String other = unique("p");
        assertStatus(registerPartnership(other, firmC, firmB).as(partnership(firmC)), 201);
        assertRefused(stage(unique("ghost"), "PROTOTYPE", "2019-12-01"), List.of(partnership(firmA)));
        assertRefused(stage(other, "PROTOTYPE", "2019-12-01"), List.of(partnership(firmA)));
        Response unknown = stage(unique("ghost"), "PROTOTYPE", "2019-12-01").as(partnership(firmA));
        Response othersFirms = stage(other, "PROTOTYPE", "2019-12-01").as(partnership(firmA));
        assertThat(unknown.body()).isEqualTo(othersFirms.body());
    }

    @Test
    void actuatorBeyondHealthIsForAdministratorsOnly() {
        Call metrics = token -> getAs(token, "/actuator/metrics");
        assertRefused(metrics, everyoneBut(Roles.ADMIN));
        assertStatus(metrics.as(admin()), 200);
        assertStatus(getAs(null, "/actuator/health"), 200);
    }

    @Test
    void theUnauthorizedAnswerNamesTheBearerScheme() {
        Response anonymous = postAs(null, "/api/v1/firms", firmBody());
        Response expired = postAs(TestTokens.expired(null, Roles.STEWARD), "/api/v1/firms", firmBody());

        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("invalid_token"));
    }
}
