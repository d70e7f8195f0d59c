package org.sobujang.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.sobujang.query.TestSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** docs/security.md over HTTP: who may ask what, and that nothing of another firm's shows through. */
class AuthorizationGraphQlTest extends SecuredApiTestBase {

    private static final String FIRMS = "{\"query\":\"{ firms { totalCount } }\"}";
    private static final String RISK = "query($b: ID!) { dependencyRisk(buyerId: $b, componentId: \"x\") { score } }";
    private static final String RANKING = "query($b: ID!) { riskRanking(buyerId: $b) { score } }";
    private static final String PLAN = "query($b: ID!) { sourcingPlan(buyerId: $b, componentId: \"x\") { unit } }";
    private static final String MATCHES = "query($b: ID) { domesticSupplierMatches(componentId: \"x\", buyerId: $b) "
                                          + "{ supplier { id } reasons } }";
    private static final String NATIONAL = "{ nationalRisk(componentId: \"x\") { contributingBuyers } }";
    private static final String PROGRESS = "{ localizationProgress(from: \"2019-01-01\", to: \"2019-02-28\") "
                                           + "{ date } }";
    private static final String IMPORTS = "{ importDependence(hsPrefixes: [\"2811\"], partner: \"JP\", "
                                          + "from: \"2019-01-01\", to: \"2019-12-31\") { period } }";
    private static final String PARTNERSHIPS = "query($f: PartnershipFilter) { partnerships(filter: $f) "
                                               + "{ totalCount edges { node { id } } } }";
    private static final String HISTORY = "{ componentHistory(id: \"x\") { type summary aggregate } }";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void withoutAValidTokenGraphQlIsUnauthorizedWithProblemDetails() throws Exception {
        for (String authorization : new String[]{null, "Bearer not-a-jwt",
                "Bearer " + TestSecurity.forgedToken("mallory", "alpha", "ADMIN"),
                "Bearer " + TestSecurity.expiredToken("alice", "alpha", "PROCUREMENT")}) {
            var request = post("/graphql").contentType(MediaType.APPLICATION_JSON).content(FIRMS);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            mvc.perform(request)
               .andExpect(status().isUnauthorized())
               .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
               .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
               .andExpect(jsonPath("$.status").value(401))
               .andExpect(jsonPath("$.data").doesNotExist());
        }
        // Executed off the request thread (the execution timeout): the answer comes in an async dispatch, unless
        // the execution already finished when the handler returned.
        MvcResult started = mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON).content(FIRMS)
                .header("Authorization", "Bearer " + TestSecurity.token("a", "alpha", "STEWARD"))).andReturn();
        MvcResult answered = started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn() : started;
        assertThat(answered.getResponse().getStatus()).isEqualTo(200);
        assertThat(answered.getResponse().getContentAsString()).contains("\"totalCount\":5");
    }

    @Test
    void healthIsOpenOperationsAreAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/admin/processors")).andExpect(status().isUnauthorized());
        for (String role : List.of("PROCUREMENT", "PARTNERSHIP", "ANALYST", "STEWARD")) {
            for (String path : List.of("/admin/processors", "/actuator/metrics", "/actuator/info")) {
                mvc.perform(get(path).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
                   .andExpect(status().isForbidden())
                   .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                   .andExpect(jsonPath("$.status").value(403));
            }
            mvc.perform(post("/admin/processors/firms/stop")
                                .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
               .andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator/metrics").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
           .andExpect(status().isOk());
    }

    @Test
    void buyerLevelQueriesAreForTheBuyersOwnProcurementOnly() {
        HttpGraphQlTester alpha = as("alpha-buy", "alpha", "PROCUREMENT");
        alpha.document(PLAN).variable("b", "alpha").execute().path("sourcingPlan.unit").entity(String.class)
             .isEqualTo("t");
        alpha.document(RISK).variable("b", "alpha").execute().path("dependencyRisk.score").hasValue();
        alpha.document(RANKING).variable("b", "alpha").execute().path("riskRanking").entityList(Object.class)
             .hasSize(1);
        for (String query : List.of(RISK, RANKING, PLAN)) {
            // Another firm and a firm that does not exist: one and the same answer.
            String other = forbidden(alpha.document(query).variable("b", "beta").execute());
            String unknown = forbidden(alpha.document(query).variable("b", "nobody").execute());
            assertThat(other).isEqualTo(unknown);
            for (HttpGraphQlTester caller : List.of(as("a", "alpha", "PARTNERSHIP"), as("a", "alpha", "ANALYST"),
                    as("a", "alpha", "STEWARD"), as("a", null, "PROCUREMENT"), as("a", "alpha"))) {
                forbidden(caller.document(query).variable("b", "alpha").execute());
            }
        }
    }

    @Test
    void matchesWithABuyerAreThatBuyersAndNeverShowAnotherBuyersVolume() {
        // D's 150 t cover half of alpha's 300 t, but all of beta's 100 t: alpha must only ever see its own figure.
        List<String> reasons = as("a", "alpha", "PROCUREMENT").document(MATCHES).variable("b", "alpha").execute()
                .path("domesticSupplierMatches[0].reasons").entityList(String.class).get();
        assertThat(reasons).contains("capacity covers 50 % of your annual volume");
        assertThat(String.join(" ", reasons)).doesNotContain("100 %", "beta", "alpha");
        as("a", "alpha", "PARTNERSHIP").document(MATCHES).variable("b", "alpha").execute()
                .path("domesticSupplierMatches[*].supplier.id").entityList(String.class).contains("dom");
        for (HttpGraphQlTester caller : List.of(as("a", "alpha", "PROCUREMENT"), as("a", "alpha", "PARTNERSHIP"),
                as("a", null, "STEWARD"))) {
            List<String> anonymous = caller.document(MATCHES).execute()
                    .path("domesticSupplierMatches[0].reasons").entityList(String.class).get();
            assertThat(anonymous).contains("declared capacity 150 t per year")
                                 .noneMatch(r -> r.contains("your annual volume"));
        }
        String other = forbidden(as("a", "alpha", "PROCUREMENT").document(MATCHES).variable("b", "beta").execute());
        assertThat(forbidden(as("a", "alpha", "PROCUREMENT").document(MATCHES).variable("b", "nobody").execute()))
                .isEqualTo(other);
        forbidden(as("a", null, "STEWARD").document(MATCHES).variable("b", "alpha").execute());
        forbidden(as("a", "alpha", "ANALYST").document(MATCHES).variable("b", "alpha").execute());
        forbidden(as("a", null, "ANALYST").document(MATCHES).execute());
    }

    @Test
    void nationalFiguresAreForAnalystsAndAdmins() {
        for (String query : List.of(NATIONAL, PROGRESS, IMPORTS)) {
            for (String role : List.of("ANALYST", "ADMIN")) {
                assertThat(as("a", null, role).document(query).execute().returnResponse().getErrors()).isEmpty();
            }
            for (HttpGraphQlTester caller : List.of(as("a", "alpha", "PROCUREMENT"), as("a", "alpha", "PARTNERSHIP"),
                    as("a", null, "STEWARD"))) {
                forbidden(caller.document(query).execute());
            }
        }
    }

    @Test
    void partnershipClientsSeeTheirFirmsPartnershipsOnly() {
        assertThat(partnerships(as("a", "alpha", "PARTNERSHIP"), Map.of())).containsExactly("p-ab");
        assertThat(partnerships(as("g", "gamma", "PARTNERSHIP"), Map.of())).containsExactly("p-bc");
        assertThat(partnerships(as("b", "beta", "PARTNERSHIP"), Map.of())).containsExactly("p-ab", "p-bc");
        // Asking for B–C's by filter changes nothing: alpha is no party to it, and totalCount does not tell.
        as("a", "alpha", "PARTNERSHIP").document(PARTNERSHIPS).variable("f", Map.of("supplierId", "gamma")).execute()
                .path("partnerships.totalCount").entity(Integer.class).isEqualTo(0)
                .path("partnerships.edges").entityList(Object.class).hasSize(0);
        as("a", "alpha", "PARTNERSHIP").document(PARTNERSHIPS).execute()
                .path("partnerships.totalCount").entity(Integer.class).isEqualTo(1);
        assertThat(partnerships(as("ops", null, "ADMIN"), Map.of())).containsExactly("p-ab", "p-bc");
        for (HttpGraphQlTester caller : List.of(as("a", "alpha", "PROCUREMENT"), as("a", null, "ANALYST"),
                as("a", null, "STEWARD"), as("a", null, "PARTNERSHIP"))) {
            forbidden(caller.document(PARTNERSHIPS).execute());
        }
    }

    @Test
    void componentHistoryHidesOtherFirmsSourcingAndPartnerships() {
        assertThat(history(as("a", "alpha", "PROCUREMENT"))).containsExactly(
                "COMPONENT", "FIRM", "SOURCING_PLAN alpha", "PARTNERSHIP p-ab");
        assertThat(history(as("a", "alpha", "PARTNERSHIP"))).containsExactly(
                "COMPONENT", "FIRM", "SOURCING_PLAN alpha", "PARTNERSHIP p-ab");
        assertThat(history(as("b", "beta", "PROCUREMENT"))).containsExactly(
                "COMPONENT", "FIRM", "SOURCING_PLAN beta", "PARTNERSHIP p-ab", "PARTNERSHIP p-bc");
        for (HttpGraphQlTester publicOnly : List.of(as("a", null, "ANALYST"), as("a", "alpha", "ANALYST"),
                as("a", null, "STEWARD"), as("a", null, "PROCUREMENT"))) {
            assertThat(history(publicOnly)).containsExactly("COMPONENT", "FIRM");
        }
        assertThat(history(as("ops", null, "ADMIN"))).hasSize(6);
    }

    @Test
    void adminReadsOfFirmLevelDataAreAuditedWithClientOperationAndArguments() {
        Logger audit = (Logger) LoggerFactory.getLogger("sobujang.audit");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        audit.addAppender(appender);
        try {
            // a forged line break is refused before anything is read, so nothing is audited for it
            as("ops-kim", null, "ADMIN").document(PLAN).variable("b", "beta\nFAKE audit line").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification",
                                                                                         "BAD_REQUEST")));
            as("ops-kim", null, "ADMIN").document(PLAN).variable("b", "beta").execute();
            as("ops-kim", null, "ADMIN").document(HISTORY).execute();
            as("alpha-buy", "alpha", "PROCUREMENT").document(PLAN).variable("b", "alpha").execute();
        } finally {
            audit.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("client=ops-kim", "operation=sourcingPlan", "buyerId=beta", "componentId=x")
                .doesNotContain("FAKE");
        assertThat(lines.get(1)).contains("client=ops-kim", "operation=componentHistory", "id=x");
    }

    @Test
    void firmsReachableFromAnyQueryCarryMasterDataOnly() {
        // A field added to Firm is reachable from every query that returns a firm; it must be master data.
        GraphQLObjectType firm = graphQlSource.schema().getObjectType("Firm");
        Set<String> fields = firm.getFieldDefinitions().stream().map(f -> f.getName()).collect(Collectors.toSet());
        assertThat(fields).containsExactlyInAnyOrder("id", "name", "country", "size", "registrationNumber",
                "domestic", "capabilities");
        assertThat(graphQlSource.schema().getMutationType()).isNull();
    }

    private List<String> partnerships(HttpGraphQlTester caller, Map<String, Object> filter) {
        return caller.document(PARTNERSHIPS).variable("f", filter).execute()
                     .path("partnerships.edges[*].node.id").entityList(String.class).get();
    }

    /** Each entry as its aggregate, plus whose it is for the confidential ones. */
    private List<String> history(HttpGraphQlTester caller) {
        List<Map<String, Object>> entries = caller.document(HISTORY).execute().path("componentHistory")
                .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .get();
        return entries.stream().map(e -> {
            String aggregate = (String) e.get("aggregate");
            String summary = (String) e.get("summary");
            return switch (aggregate) {
                case "SOURCING_PLAN" -> aggregate + " " + summary.substring(0, summary.indexOf(' '));
                case "PARTNERSHIP" -> aggregate + " " + summary.split(" ")[1];
                default -> aggregate;
            };
        }).toList();
    }

    /** Asserts a FORBIDDEN error without data, and gives its message. */
    static String forbidden(GraphQlTester.Response response) {
        List<ResponseError> errors = response.returnResponse().getErrors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getExtensions()).containsEntry("classification", "FORBIDDEN");
        assertThat(errors.get(0).getMessage()).doesNotContain("Exception");
        Object data = response.returnResponse().toMap().get("data");
        if (data instanceof Map<?, ?> map) {
            assertThat(map.values()).allMatch(v -> v == null);
        }
        return errors.get(0).getMessage();
    }
}
