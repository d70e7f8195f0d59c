package org.sobujang.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sobujang.query.TestSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every GraphQL limit of query-service.yml refuses a request just over it and lets one at it through. */
class GraphQlLimitsTest extends SecuredApiTestBase {

    @Autowired
    private MockMvc mvc;

    private HttpGraphQlTester steward() {
        return as("steward", null, "STEWARD");
    }

    @Test
    void theDeepestDocumentTheSchemaAllowsIsWithinTheDepthLimit() {
        // The schema has no recursion: 7 levels are its deepest, so 12 only guards future types (the refusal itself
        // is shown with a small configured maximum in web.GraphQlLimitsUnitTest).
        String deepest = "{ firms { edges { node { capabilities { component { restrictions { id } } } } } } }";
        assertThat(steward().document(deepest).execute().returnResponse().getErrors()).isEmpty();
    }

    /** 500 fields and then some (5 × 100 plus the connection's). */
    private static final String OVER_COMPLEX =
            "{ firms { edges { node { " + "id name country size domestic ".repeat(100) + "} } } }";

    @Test
    void complexityOver500IsABadRequest() {
        badRequest(steward().document(OVER_COMPLEX).execute(), "fields", true);
        assertThat(steward().document("{ firms { edges { node { id name country size domestic } } } }").execute()
                            .returnResponse().getErrors()).isEmpty();
    }

    @Test
    void aRepeatedDocumentIsRefusedAgainAndAnsweredAgainFromItsOwnVariables() {
        // documents are parsed once and kept (ParsedDocumentCache): the limits must still apply to the second send
        badRequest(steward().document(OVER_COMPLEX).execute(), "fields", true);
        badRequest(steward().document(OVER_COMPLEX).execute(), "fields", true);
        // an invalid document is not kept as valid either
        for (int i = 0; i < 2; i++) {
            GraphQlTester.Response invalid = steward().document("{ firms { nope } }").execute();
            assertThat(invalid.returnResponse().getErrors()).isNotEmpty();
            assertThat(invalid.returnResponse().toMap().get("data")).isNull();
        }
        String byId = "query($id: ID!) { firm(id: $id) { id } }";
        steward().document(byId).variable("id", "alpha").execute().path("firm.id").entity(String.class)
                 .isEqualTo("alpha");
        steward().document(byId).variable("id", "nobody").execute().path("firm").valueIsNull();
    }

    @Test
    void moreThan5OperationsOr30AliasesAreBadRequests() {
        StringBuilder six = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            six.append("query q").append(i).append(" { firms { totalCount } } ");
        }
        badRequest(steward().document(six.toString()).operationName("q0").execute(), "operations", true);
        assertThat(steward().document(six.substring(0, six.indexOf("query q5"))).operationName("q0").execute()
                            .returnResponse().getErrors()).isEmpty();

        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 31; i++) {
            aliases.append("a").append(i).append(": firm(id: \"alpha\") { id } ");
        }
        badRequest(steward().document(aliases + "}").execute(), "aliases", true);
        String thirty = aliases.substring(0, aliases.indexOf("a30:")) + "}";
        steward().document(thirty).execute().path("a29.id").entity(String.class).isEqualTo("alpha");
    }

    @Test
    void pagesOver100AreBadRequests() {
        for (String query : List.of("{ firms(first: 101) { totalCount } }", "{ components(first: 101) { totalCount } }",
                "{ firms(first: -1) { totalCount } }")) {
            badRequest(steward().document(query).execute(), "first", false);
        }
        badRequest(as("a", "alpha", "PARTNERSHIP").document("{ partnerships(first: 1000) { totalCount } }")
                                                  .execute(), "first", false);
        badRequest(as("a", "alpha", "PROCUREMENT")
                .document("{ riskRanking(buyerId: \"alpha\", first: 101) { score } }").execute(), "first", false);
    }

    @Test
    void bodiesOver64KbAre413ProblemDetails() throws Exception {
        String padding = " ".repeat(64 * 1024);
        String body = "{\"query\":\"{ firms { totalCount } }" + padding + "\"}";
        mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body)
                                    .header("Authorization", "Bearer " + TestSecurity.token("s", null, "STEWARD")))
           .andExpect(status().isPayloadTooLarge())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void introspectionIsOff() {
        GraphQlTester.Response response = steward().document("{ __schema { types { name } } }").execute();
        assertThat(response.returnResponse().getErrors()).isNotEmpty();
        assertThat(response.returnResponse().toMap().get("data")).isNull();
        assertThat(steward().document("{ __type(name: \"Firm\") { name } }").execute().returnResponse()
                            .getErrors()).isNotEmpty();
    }

    /** One BAD_REQUEST error naming the limit, no data, no Java in the message. */
    private static void badRequest(GraphQlTester.Response response, String mentions, boolean noData) {
        List<ResponseError> errors = response.returnResponse().getErrors();
        assertThat(errors).isNotEmpty();
        for (ResponseError error : errors) {
            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
            assertThat(error.getMessage()).doesNotContain("Exception", "java.", "\tat ");
            if (mentions != null) {
                assertThat(error.getMessage()).contains(mentions);
            }
        }
        if (noData) {
            assertThat(response.returnResponse().toMap().get("data")).isNull();
        }
    }
}
