package org.sobujang.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sobujang.query.InMemoryEventStore;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.QueryServiceApplication;
import org.sobujang.query.TestSecurity;
import org.sobujang.query.period.Interval;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generated hostile variables for every query, over real HTTP against the running service: wrong types, huge
 * numbers, control and other unicode characters, injection-like and very long strings, bad dates, absurd pages and
 * bogus cursors. Whatever arrives, the answer is never a 5xx, never INTERNAL_ERROR and never shows Java internals.
 */
class HostileVariablesPropertyTest {

    /** Each query with the variables it declares; the generator fills every one of them with something hostile. */
    private static final Map<String, List<String>> QUERIES = Map.ofEntries(
            Map.entry("query($id: ID!) { firm(id: $id) { id name capabilities { since } } }", List.of("id")),
            Map.entry("query($f: FirmFilter, $n: Int, $a: String) { firms(filter: $f, first: $n, after: $a) "
                      + "{ totalCount edges { cursor } } }", List.of("f", "n", "a")),
            Map.entry("query($id: ID!, $d: Date) { component(id: $id) { id restricted(asOf: $d) } }",
                    List.of("id", "d")),
            Map.entry("query($f: ComponentFilter, $n: Int, $a: String) { components(filter: $f, first: $n, "
                      + "after: $a) { totalCount } }", List.of("f", "n", "a")),
            Map.entry("query($id: ID!) { coreItemList(id: $id) { id } coreItemLists { id } }", List.of("id")),
            Map.entry("query($b: ID!, $c: ID!, $d: Date) { dependencyRisk(buyerId: $b, componentId: $c, asOf: $d) "
                      + "{ score } }", List.of("b", "c", "d")),
            Map.entry("query($b: ID!, $s: String, $l: RiskLevel, $d: Date, $n: Int) { riskRanking(buyerId: $b, "
                      + "sector: $s, minLevel: $l, asOf: $d, first: $n) { score } }", List.of("b", "s", "l", "d", "n")),
            Map.entry("query($b: ID!, $c: ID!, $d: Date) { sourcingPlan(buyerId: $b, componentId: $c, asOf: $d) "
                      + "{ unit } }", List.of("b", "c", "d")),
            Map.entry("query($c: ID!, $b: ID, $n: Int) { domesticSupplierMatches(componentId: $c, buyerId: $b, "
                      + "first: $n) { score } }", List.of("c", "b", "n")),
            Map.entry("query($c: ID!, $d: Date) { nationalRisk(componentId: $c, asOf: $d) { score } }",
                    List.of("c", "d")),
            Map.entry("query($s: ProgressScope, $f: Date!, $t: Date!, $i: Interval) { localizationProgress("
                      + "scope: $s, from: $f, to: $t, interval: $i) { date } }", List.of("s", "f", "t", "i")),
            Map.entry("query($h: [String!]!, $p: String!, $f: Date!, $t: Date!, $i: Interval, $m: Measure, "
                      + "$s: String) { importDependence(hsPrefixes: $h, partner: $p, from: $f, to: $t, interval: $i, "
                      + "measure: $m, source: $s) { period } }", List.of("h", "p", "f", "t", "i", "m", "s")),
            Map.entry("query($f: PartnershipFilter, $n: Int, $a: String) { partnerships(filter: $f, first: $n, "
                      + "after: $a) { totalCount } }", List.of("f", "n", "a")),
            Map.entry("query($id: ID!) { componentHistory(id: $id) { type } }", List.of("id")),
            Map.entry("query($n: Int, $b: String, $f: Int, $a: String) { firms(last: $n, before: $b, first: $f, "
                      + "after: $a) { pageInfo { hasPreviousPage startCursor } } components(last: $n, before: $b) "
                      + "{ totalCount } partnerships(last: $n, before: $b) { totalCount } }",
                    List.of("n", "b", "f", "a")));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static InMemoryMongo mongo;
    private static ConfigurableApplicationContext service;
    private static URI endpoint;

    @BeforeContainer
    static void start() {
        mongo = new InMemoryMongo();
        service = new SpringApplicationBuilder(QueryServiceApplication.class, InMemoryEventStore.class,
                TestSecurity.class)
                // Arguments, not default properties: they must win over application.yml's store addresses.
                .run("--server.port=0",
                        "--spring.autoconfigure.exclude="
                        + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                        "--spring.data.mongodb.uri=" + mongo.uri(),
                        // Every request here is an ADMIN's, to reach past authorization into the resolvers.
                        "--logging.level.sobujang.audit=WARN");
        endpoint = URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port")
                              + "/graphql");
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
        mongo.close();
    }

    @Property(tries = 400)
    void noVariableMakesTheServiceFail(@ForAll("queries") String query, @ForAll("hostile") Object first,
                                       @ForAll("hostile") Object second, @ForAll("hostile") Object third,
                                       @ForAll("hostile") Object rest) throws Exception {
        List<Object> values = List.of(first, second, third, rest);
        Map<String, Object> variables = new HashMap<>();
        List<String> names = QUERIES.get(query);
        for (int i = 0; i < names.size(); i++) {
            variables.put(names.get(i), values.get(Math.min(i, values.size() - 1)));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestSecurity.token("ops", null, "ADMIN"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "at org.", "at java.");
        if (response.statusCode() == 200) {
            JsonNode errors = JSON.readTree(response.body()).path("errors");
            for (JsonNode error : errors) {
                assertThat(error.path("extensions").path("classification").asText())
                        .as(error.toString()).isNotEqualTo("INTERNAL_ERROR");
            }
        }
    }

    /**
     * The operators' REST endpoints with hostile processor names and dead-letter sequences. A real processor is only
     * ever named where nothing can change (listing and retrying or deleting a sequence that is not parked), so the
     * GraphQL property beside this one keeps its projections.
     */
    @Property(tries = 300)
    void noAdminPathOrParameterMakesTheServiceFail(@ForAll("adminRequests") String[] request) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint.resolve(request[1]))
                .header("Authorization", "Bearer " + TestSecurity.token("ops", null, "ADMIN"))
                .timeout(Duration.ofSeconds(30))
                .method(request[0], HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        String described = request[0] + " " + request[1] + " -> " + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(described).isLessThan(500);
        assertThat(response.body()).as(described).doesNotContain("Exception", "\tat ", "at org.", "at java.");
    }

    @Provide
    Arbitrary<String[]> adminRequests() {
        Arbitrary<String> segments = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withChars("aZ9-_.%/\\\u0000\n").ofMinLength(1).ofMaxLength(3_000),
                Arbitraries.of("..", ".", "%2e%2e", "sourcing/../firms", "{processor}", "*", "null", "0", "-1",
                        "firms\u0000", "FIRMS", " firms", "history ", "\u202e", "$where"));
        Arbitrary<String> processors = Arbitraries.of("firms", "sourcing", "history", "trade");
        return Arbitraries.oneOf(
                segments.map(name -> new String[] {"POST", "/admin/processors/" + encode(name) + "/stop"}),
                segments.map(name -> new String[] {"POST", "/admin/processors/" + encode(name) + "/start"}),
                segments.map(name -> new String[] {"POST", "/admin/processors/" + encode(name) + "/reset"}),
                segments.map(name -> new String[] {"GET", "/admin/dead-letters/" + encode(name)}),
                Combinators.combine(processors, segments).as((p, sequence) -> new String[] {
                        "POST", "/admin/dead-letters/" + p + "/retry?sequence=" + encode(sequence)}),
                Combinators.combine(processors, segments).as((p, sequence) -> new String[] {
                        "DELETE", "/admin/dead-letters/" + p + "?sequence=" + encode(sequence)}),
                Combinators.combine(segments, segments).as((p, sequence) -> new String[] {
                        "DELETE", "/admin/dead-letters/" + encode(p) + "?sequence=" + encode(sequence)}),
                Arbitraries.of(new String[] {"GET", "/admin/processors"}, new String[] {"GET", "/admin/dead-letters"},
                        new String[] {"POST", "/admin/dead-letters/firms/retry"},
                        new String[] {"DELETE", "/admin/dead-letters/firms"}));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of(QUERIES.keySet());
    }

    @Provide
    Arbitrary<Object> hostile() {
        Arbitrary<Object> strings = Arbitraries.strings().all().ofMaxLength(60).map(s -> s);
        Arbitrary<Object> longStrings = Arbitraries.strings().withChars("aZ9-_\u0000\n\u202e\uffff")
                                                   .ofMinLength(2_000).ofMaxLength(20_000).map(s -> s);
        Arbitrary<Object> crafted = Arbitraries.of(
                "", " ", "null", "{\"$gt\": \"\"}", "'; DROP TABLE firms; --", "../../etc/passwd", "${jndi:ldap://x}",
                "$where", "a.b", "entries.x", "\u0000", "\r\nX-Injected: 1", "2019-02-30", "2019-13-01", "+999999-01-01",
                "-0001-01-01", "0000-00-00", "99999999-12-31", "2019-1-1", "MONTH", "FOOD", "SEMICONDUCTOR",
                "KCS", "JP", "AGREED", "TERMINATED", "JOINT_RND", "!!!", "Zm9v", "Cg", "____", "x", "alpha",
                "%00", "\ud83d\ude00".repeat(50));
        Arbitrary<Object> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 100, 101, Long.MAX_VALUE,
                        new BigInteger("99999999999999999999999999999"), 1e308, -1e308, 0.5, Double.MIN_VALUE,
                        new BigDecimal("1e400")).map(n -> (Object) n));
        Arbitrary<Object> structures = Arbitraries.of(
                Map.of(), List.of(), List.of("2811", "28x"), List.of(1, 2), Map.of("sector", 5),
                Map.of("componentIds", List.of("x", "\u0000")), Map.of("coreItemListId", List.of()),
                Map.of("kind", "BOGUS", "stage", "NOPE"), Map.of("restricted", "yes", "asOf", "never"),
                Map.of("nameContains", ".*(a+)+$"), Map.of("hsPrefix", "2811"), Map.of("unknownField", 1),
                Map.of("buyerId", Map.of("$ne", "")), true, false).map(v -> (Object) v);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, strings), net.jqwik.api.Tuple.of(1, longStrings),
                net.jqwik.api.Tuple.of(4, crafted), net.jqwik.api.Tuple.of(3, numbers),
                net.jqwik.api.Tuple.of(3, structures));
    }
}
