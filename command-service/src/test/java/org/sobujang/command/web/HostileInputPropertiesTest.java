package org.sobujang.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.sobujang.command.security.Roles;
import org.sobujang.command.security.TestTokens;
import org.springframework.test.context.TestContextManager;

/**
 * Generated bad and hostile input against every REST command, over real HTTP, from a caller who is allowed to send
 * the command, so that validation, not authorization, is what answers. For every request: never a 5xx; every
 * non-2xx answer is problem details; a refused request stores no event.
 * <p>
 * jqwik has no Spring integration, so each property's instance is prepared by Spring's TestContextManager: the
 * configuration is ApiTestSupport's, so the cached context (and its embedded PostgreSQL) of the other HTTP tests is
 * reused, not started again.
 */
class HostileInputPropertiesTest extends ApiTestSupport {

    private static final int TRIES = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Objects that exist, made once per JVM, so that valid paths reach the aggregates. */
    private static Fixture fixture;

    private record Fixture(String buyer, String supplier, String component, String list, String partnership,
                           String restriction, String change) {
    }

    /** A path segment as sent (percent-encoded where needed) and as the server decodes it (the token's firm). */
    record Id(String encoded, String decoded) {
    }

    record Hostile(String method, String path, String contentType, String body, String token) {
    }

    @BeforeProperty
    void springContext() throws Exception {
        new TestContextManager(HostileInputPropertiesTest.class).prepareTestInstance(this);
        synchronized (HostileInputPropertiesTest.class) {
            if (fixture == null) {
                fixture = createFixture();
            }
        }
    }

    private Fixture createFixture() {
        String buyer = registerFirm(unique("buyer"), "KR", "LARGE");
        String supplier = registerFirm(unique("supplier"), "KR", "SME");
        String component = registerComponent(unique("component"));
        String steward = TestTokens.steward();
        String list = unique("list");
        assertThat(postAs(steward, "/api/v1/core-item-lists", """
                {"id": "%s", "name": "Core", "componentIds": ["%s"]}""".formatted(list, component)).status())
                .isEqualTo(201);
        String partnership = unique("p");
        assertThat(postAs(TestTokens.partnership(buyer), "/api/v1/partnerships", """
                {"id": "%s", "buyerId": "%s", "supplierId": "%s", "componentId": "%s", "kind": "JOINT_RND",
                 "startedOn": "2019-09-01"}""".formatted(partnership, buyer, supplier, component)).status())
                .isEqualTo(201);
        Response restriction = postAs(steward, "/api/v1/components/" + component + "/export-restrictions", """
                {"imposingCountry": "JP", "measure": "INDIVIDUAL_LICENSE", "effectiveFrom": "2019-07-04"}""");
        assertThat(restriction.status()).isEqualTo(201);
        Response change = postAs(TestTokens.procurement(buyer), "/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": 0.01, "effectiveFrom": "2019-01-01"}"""
                .formatted(component, supplier));
        assertThat(change.status()).isEqualTo(201);
        return new Fixture(buyer, supplier, component, list, partnership, restriction.id(), change.id());
    }

    // ---- generators -------------------------------------------------------------------------------------------

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON literals (or near-JSON) that no field of any command accepts as they are, or accepts only barely. */
    private static Arbitrary<String> hostileValues() {
        Arbitrary<String> numbers = Arbitraries.of(
                "1e400", "-1e400", "1e999999999", "-1e-999999999", "NaN", "Infinity", "-Infinity", "0x10", "1_000",
                "-0", "-1", "0", "1.0000000000000000000000000000001", "123456789012345678901234567890",
                "9".repeat(2_000), "0." + "0".repeat(3_000) + "1", "2147483648", "-9223372036854775809", "01", "+1",
                "1.", ".5", "1e", "\"0.5\"", "\"NaN\"", "\"1e999999999\"");
        Arbitrary<String> wrongTypes = Arbitraries.of(
                "true", "false", "null", "[]", "{}", "[1, 2]", "{\"a\": 1}", "[null]", "[{}]", "[[[]]]",
                "{\"$ne\": null}", "[\"x\"]", "[{\"supplierId\": null, \"share\": \"1e999999999\"}]",
                "[{\"regime\": [], \"code\": {}}]", "\"\"", "\"   \"");
        Arbitrary<String> fragments = Arbitraries.of(
                "'; DROP TABLE domainevententry; --", "\" OR 1=1 --", "<script>alert(1)</script>",
                "${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}", "../../etc/passwd", "%00", "\u0000", "\u202e\u0645",
                "\ud83d\udca9", "\ud800", "\\", "\"}", "\r\nX-Injected: 1", "FOO", "material", "LARGE ", "KR\u0000",
                "kr", "XX", "ZZZ", "2020-02-30", "2020-13-01", "0000-00-00", "+999999999-12-31", "-999999999-01-01",
                "9999-12-31", "0001-01-01", "2020-1-1", "20200101", "2020-01-01T00:00:00Z", "1577836800");
        Arbitrary<String> randomText = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> longText = Arbitraries.strings().withChars('a', 'Z', '9', '-', '\u00e9')
                                                .ofMinLength(65).ofMaxLength(70_000);
        Arbitrary<String> controlText = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50);
        return Arbitraries.frequencyOf(
                Tuple.of(4, numbers),
                Tuple.of(3, wrongTypes),
                Tuple.of(3, fragments.map(HostileInputPropertiesTest::quoted)),
                // Unquoted: the fragment itself in place of a value, which breaks the JSON around it.
                Tuple.of(1, fragments),
                Tuple.of(3, randomText.map(HostileInputPropertiesTest::quoted)),
                Tuple.of(1, longText.map(HostileInputPropertiesTest::quoted)),
                Tuple.of(1, controlText.map(HostileInputPropertiesTest::quoted)));
    }

    /** Whole bodies that are not the object a command expects. */
    private static Arbitrary<String> hostileBodies() {
        Arbitrary<String> fixed = Arbitraries.of(
                "", " ", "null", "[]", "[1, 2]", "\"text\"", "42", "{", "}", "{\"a\":", "not json", "<xml/>",
                "{\"id\": \"x\"} trailing", "{\"a\": 1, \"a\": 2}", "\u0000", "\ufeff{}",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"x\": \"" + "y".repeat(1_000_000) + "\"}");
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(500);
        return Arbitraries.oneOf(fixed, random);
    }

    private static Arbitrary<Id> hostileIds() {
        return Arbitraries.of(
                new Id("a%2Fb", "a/b"), new Id("..", ".."), new Id("%2E%2E", ".."), new Id(".", "."),
                new Id("a.b", "a.b"), new Id("x".repeat(1_000), "x".repeat(1_000)), new Id("x".repeat(65), "x".repeat(65)),
                new Id("%00", "\u0000"), new Id("%F0%9F%92%A9", "\ud83d\udca9"), new Id("a%20b", "a b"),
                new Id("%25", "%"), new Id("%27%20OR%201%3D1", "' OR 1=1"), new Id("a;b=c", "a;b=c"),
                new Id("%3Cscript%3E", "<script>"), new Id("%5C", "\\"), new Id("%2e", "."), new Id("a%0Ab", "a\nb"),
                new Id("%FF", "\ufffd"), new Id("~", "~"), new Id("a:b", "a:b"));
    }

    private static Arbitrary<String> hostileContentTypes() {
        return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                              "multipart/form-data; boundary=x", "application/json; charset=nonsense",
                              "application/json; charset=UTF-16", "*/*", "application/*", "garbage", "json",
                              "application/json; charset=\"", "text/csv");
    }

    /**
     * Mutations of a valid body: a field replaced by a hostile value (one or two), a field dropped, a hostile extra
     * field, or a whole hostile body; with a hostile content type now and then.
     */
    private static Arbitrary<String> mutatedBody(Map<String, String> template) {
        List<String> fields = new ArrayList<>(template.keySet());
        Arbitrary<String> field = Arbitraries.of(fields);
        Arbitrary<String> replaced = Combinators.combine(field, hostileValues())
                                                .as((name, value) -> json(with(template, name, value)));
        Arbitrary<String> twoReplaced = Combinators.combine(field, hostileValues(), field, hostileValues())
                                                   .as((a, x, b, y) -> json(with(with(template, a, x), b, y)));
        Arbitrary<String> dropped = field.map(name -> {
            Map<String, String> copy = new LinkedHashMap<>(template);
            copy.remove(name);
            return json(copy);
        });
        Arbitrary<String> extra = hostileValues().map(value -> json(with(template, "__proto__", value)));
        return Arbitraries.frequencyOf(Tuple.of(5, replaced), Tuple.of(2, twoReplaced), Tuple.of(1, dropped),
                                       Tuple.of(1, extra), Tuple.of(2, hostileBodies()));
    }

    private static Map<String, String> with(Map<String, String> template, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(template);
        copy.put(field, value);
        return copy;
    }

    private static String json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(quoted(name)).append(": ").append(value);
        });
        return json.append('}').toString();
    }

    /**
     * Requests to one endpoint: its valid path (sometimes with a hostile id, the token then acting for that id so
     * the caller stays authorized) with a mutated body and mostly the JSON content type.
     */
    private static Arbitrary<Hostile> requests(String method, Function<String, String> path, String validId,
                                               Map<String, String> template, Function<String, String> tokenFor) {
        return requests(method, path, validId, mutatedBody(template), tokenFor);
    }

    private static Arbitrary<Hostile> requests(String method, Function<String, String> path, String validId,
                                               Arbitrary<String> bodies, Function<String, String> tokenFor) {
        Arbitrary<Id> ids = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(new Id(validId, validId))),
                                                    Tuple.of(1, hostileIds()));
        Arbitrary<String> contentTypes = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/json")),
                                                                 Tuple.of(1, hostileContentTypes()));
        return Combinators.combine(ids, bodies, contentTypes)
                          .as((id, body, type) -> new Hostile(method, path.apply(id.encoded()), type, body,
                                                              tokenFor.apply(id.decoded())));
    }

    private static Function<String, String> steward() {
        String token = TestTokens.steward();
        return id -> token;
    }

    // ---- the check every request must pass ----------------------------------------------------------------------

    private record Answer(int status, String contentType, String body) {
    }

    private Answer sendRaw(Hostile request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.path())).timeout(Duration.ofSeconds(60))
                                                 .header("Authorization", "Bearer " + request.token())
                                                 .method(request.method(), request.body() == null
                                                         ? HttpRequest.BodyPublishers.noBody()
                                                         : HttpRequest.BodyPublishers.ofString(request.body(),
                                                                                               StandardCharsets.UTF_8));
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                              response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(Hostile request) {
        long before = storedEvents();
        Answer answer = sendRaw(request);
        String described = request.method() + " " + abbreviate(request.path()) + " [" + request.contentType() + "] "
                + abbreviate(request.body()) + " -> " + answer.status() + " " + abbreviate(answer.body());
        assertThat(answer.status()).as(described).isLessThan(500);
        if (answer.status() >= 300) {
            assertThat(answer.contentType()).as(described).startsWith("application/problem+json");
            assertThat(storedEvents()).as("events after " + described).isEqualTo(before);
        } else if (request.path().startsWith("/api/v1/imports")) {
            awaitImport(answer.body());
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...(" + text.length() + ")";
    }

    /** An accepted import writes on its own thread; the next try's event count must not see its rows. */
    private void awaitImport(String answer) {
        String importId;
        try {
            importId = JSON.readTree(answer).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        awaitImportFinished(TestTokens.steward(), importId);
    }

    // ---- one property per REST command --------------------------------------------------------------------------

    @Property(tries = TRIES)
    void registerFirm(@ForAll("firmRegistrations") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> firmRegistrations() {
        return requests("POST", id -> "/api/v1/firms", "", Map.of(
                "name", "\"Acme\"", "country", "\"KR\"", "size", "\"SME\"", "registrationNumber", "\"123-45\""),
                        steward());
    }

    @Property(tries = TRIES)
    void declareCapability(@ForAll("capabilityDeclarations") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> capabilityDeclarations() {
        return requests("POST", id -> "/api/v1/firms/" + id + "/capabilities", fixture.supplier(), Map.of(
                "componentId", quoted(fixture.component()), "technologyReadiness", "7", "annualCapacity", "1000",
                "unit", "\"t\"", "since", "\"2020-01-01\"", "evidence", "\"KTL test report 2020-114\""),
                        TestTokens::procurement);
    }

    @Property(tries = TRIES)
    void withdrawCapability(@ForAll("capabilityWithdrawals") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> capabilityWithdrawals() {
        Arbitrary<Id> firms = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new Id(fixture.supplier(), fixture.supplier()))), Tuple.of(1, hostileIds()));
        Arbitrary<Id> components = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new Id(fixture.component(), fixture.component()))),
                Tuple.of(1, hostileIds()));
        Arbitrary<String> dates = Arbitraries.oneOf(
                Arbitraries.of("", "?effectiveFrom=2020-02-30", "?effectiveFrom=%2B999999999-12-31",
                               "?effectiveFrom=-999999999-01-01", "?effectiveFrom=x", "?effectiveFrom=",
                               "?effectiveFrom=2020-01-01&effectiveFrom=2021-01-01", "?effectiveFrom=%00",
                               "?effectiveFrom=9999-12-31"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(30).map(text -> "?effectiveFrom=" + text));
        return Combinators.combine(firms, components, dates)
                          .as((firm, component, date) -> new Hostile(
                                  "DELETE", "/api/v1/firms/" + firm.encoded() + "/capabilities/" + component.encoded()
                                          + date, "application/json", null, TestTokens.partnership(firm.decoded())));
    }

    @Property(tries = TRIES)
    void registerComponent(@ForAll("componentRegistrations") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> componentRegistrations() {
        return requests("POST", id -> "/api/v1/components", "", Map.of(
                "name", "\"Resist\"", "category", "\"MATERIAL\"", "hsCode", "\"370790\"", "sector",
                "\"SEMICONDUCTOR\"", "controlListEntries", "[{\"regime\": \"WASSENAAR\", \"code\": \"3C002\"}]"),
                        steward());
    }

    @Property(tries = TRIES)
    void addControlListEntry(@ForAll("controlListEntries") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> controlListEntries() {
        return requests("POST", id -> "/api/v1/components/" + id + "/control-list-entries", fixture.component(),
                        Map.of("regime", "\"WASSENAAR\"", "code", "\"3C002\""), steward());
    }

    @Property(tries = TRIES)
    void imposeRestriction(@ForAll("restrictions") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> restrictions() {
        return requests("POST", id -> "/api/v1/components/" + id + "/export-restrictions", fixture.component(),
                        Map.of("imposingCountry", "\"JP\"", "targetCountry", "\"KR\"", "measure",
                               "\"INDIVIDUAL_LICENSE\"", "effectiveFrom", "\"2019-07-04\"", "legalReference",
                               "\"METI 2019-07\""), steward());
    }

    @Property(tries = TRIES)
    void liftRestriction(@ForAll("lifts") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> lifts() {
        return requests("POST", id -> "/api/v1/components/" + fixture.component() + "/export-restrictions/" + id
                                + "/lift", fixture.restriction(), Map.of("effectiveFrom", "\"2018-01-01\""), steward());
    }

    @Property(tries = TRIES)
    void defineCoreItemList(@ForAll("coreItemLists") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> coreItemLists() {
        return requests("POST", id -> "/api/v1/core-item-lists", "", Map.of(
                "name", "\"Core 100\"", "componentIds", "[" + quoted(fixture.component()) + "]",
                "targets", "[{\"share\": 0.5, \"by\": \"2030-12-31\"}]"), steward());
    }

    @Property(tries = TRIES)
    void addCoreItemListMember(@ForAll("members") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> members() {
        return requests("POST", id -> "/api/v1/core-item-lists/" + id + "/members", fixture.list(),
                        Map.of("componentId", quoted(fixture.component())), steward());
    }

    @Property(tries = TRIES)
    void setLocalizationTarget(@ForAll("targets") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> targets() {
        return requests("POST", id -> "/api/v1/core-item-lists/" + id + "/targets", fixture.list(),
                        Map.of("share", "0.5", "by", "\"2030-12-31\""), steward());
    }

    @Property(tries = TRIES)
    void recordSourcingChange(@ForAll("sourcingChanges") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> sourcingChanges() {
        return requests("POST", id -> "/api/v1/buyers/" + id + "/sourcing-changes", fixture.buyer(), Map.of(
                "componentId", quoted(fixture.component()), "supplierId", quoted(fixture.supplier()),
                "share", "0.001", "effectiveFrom", "\"2019-06-01\"", "annualVolume", "100", "unit", "\"t\"",
                "evidence", "\"survey\""), TestTokens::procurement);
    }

    @Property(tries = TRIES)
    void recordSourcingChanges(@ForAll("sourcingChangeBatches") Hostile request) {
        check(request);
    }

    /**
     * A hostile {@code changes} field, or a valid change followed by a hostile one. Every valid change sets the
     * fixture's one supplier on one date, so accepted batches only replace each other and never break a rule.
     */
    @Provide
    Arbitrary<Hostile> sourcingChangeBatches() {
        Map<String, String> change = Map.of("supplierId", quoted(fixture.supplier()), "share", "0.001",
                                            "effectiveFrom", "\"2019-06-01\"", "annualVolume", "100", "unit", "\"t\"",
                                            "evidence", "\"ERP\"");
        String valid = json(change);
        Arbitrary<String> bodies = Arbitraries.oneOf(
                mutatedBody(Map.of("changes", "[" + valid + "]")),
                mutatedBody(change).map(hostile -> "{\"changes\": [" + valid + ", " + hostile + "]}"));
        return requests("POST", id -> "/api/v1/buyers/" + id + "/sourcing-plans/" + fixture.component() + "/changes",
                        fixture.buyer(), bodies, TestTokens::procurement);
    }

    @Property(tries = TRIES)
    void reviseSourcingPlan(@ForAll("revisions") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> revisions() {
        return requests("POST", id -> "/api/v1/buyers/" + id + "/sourcing-plans/" + fixture.component()
                                + "/revisions", fixture.buyer(), Map.of(
                "effectiveFrom", "\"2019-03-01\"",
                "shares", "[{\"supplierId\": " + quoted(fixture.supplier()) + ", \"share\": 0.01}]",
                "annualVolume", "100", "unit", "\"t\"", "evidence", "\"contract\""), TestTokens::procurement);
    }

    @Property(tries = TRIES)
    void retractSourcingChange(@ForAll("retractions") Hostile request) {
        check(request);
    }

    /** Always a hostile or unknown change id: retracting the fixture's change would change later tries' state. */
    @Provide
    Arbitrary<Hostile> retractions() {
        Arbitrary<Id> changes = Arbitraries.oneOf(hostileIds(), Arbitraries.strings().alpha().ofLength(12)
                                                                            .map(text -> new Id(text, text)));
        return changes.map(change -> new Hostile("DELETE", "/api/v1/buyers/" + fixture.buyer() + "/sourcing-changes/"
                + change.encoded(), "application/json", null, TestTokens.procurement(fixture.buyer())));
    }

    @Property(tries = TRIES)
    void registerPartnership(@ForAll("partnerships") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> partnerships() {
        return requests("POST", id -> "/api/v1/partnerships", "", Map.of(
                "buyerId", quoted(fixture.buyer()), "supplierId", quoted(fixture.supplier()),
                "componentId", quoted(fixture.component()), "kind", "\"JOINT_RND\"", "startedOn", "\"2019-09-01\"",
                "program", "\"material-parts\""), id -> TestTokens.partnership(fixture.buyer()));
    }

    @Property(tries = TRIES)
    void advancePartnershipStage(@ForAll("stages") Hostile request) {
        check(request);
    }

    /** The fixture's partnership stays at its first stage: every body here is hostile, none advances it. */
    @Provide
    Arbitrary<Hostile> stages() {
        return requests("POST", id -> "/api/v1/partnerships/" + id + "/stages", fixture.partnership(), Map.of(
                "stage", "\"DEVELOPMENT\"", "on", "\"2019-10-01\"", "note", "\"kick-off\""),
                        id -> TestTokens.partnership(fixture.buyer()));
    }

    @Property(tries = TRIES)
    void advancePartnershipStageNamingTheOtherParty(@ForAll("stagesWithCounterparty") Hostile request) {
        check(request);
    }

    /** The other party named in the query string, as a firm with two partnerships of one id must. */
    @Provide
    Arbitrary<Hostile> stagesWithCounterparty() {
        return requests("POST", id -> "/api/v1/partnerships/" + fixture.partnership() + "/stages?counterpartyId=" + id,
                        fixture.supplier(), Map.of("stage", "\"DEVELOPMENT\"", "on", "\"2019-10-01\""),
                        id -> TestTokens.partnership(fixture.buyer()));
    }

    @Property(tries = TRIES)
    void startImport(@ForAll("imports") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> imports() {
        Arbitrary<String> kinds = Arbitraries.oneOf(
                Arbitraries.of("?kind=trade-statistics", "", "?kind=", "?kind=sourcing", "?kind=%00",
                               "?kind=trade-statistics&kind=firms", "?kind=" + "x".repeat(2_000)),
                Arbitraries.strings().alpha().ofMaxLength(20).map(text -> "?kind=" + text));
        Arbitrary<String> files = Arbitraries.oneOf(
                hostileBodies(),
                hostileValues().map(value -> "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n2018.01," + value
                        + ",281199,1,1,0,0\n"),
                hostileValues().map(value -> "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n" + value + "\n"));
        Arbitrary<String> types = Arbitraries.oneOf(Arbitraries.of("text/csv", "text/csv; charset=UTF-8",
                                                                   "text/csv; charset=nonsense",
                                                                   "text/csv; charset=UTF-16"),
                                                    hostileContentTypes());
        return Combinators.combine(kinds, files, types)
                          .as((kind, file, type) -> new Hostile("POST", "/api/v1/imports" + kind, type, file,
                                                                TestTokens.steward()));
    }

    @Property(tries = TRIES)
    void readImportReport(@ForAll("reports") Hostile request) {
        check(request);
    }

    @Provide
    Arbitrary<Hostile> reports() {
        return hostileIds().map(id -> new Hostile("GET", "/api/v1/imports/" + id.encoded(), "application/json", null,
                                                  TestTokens.admin()));
    }
}
