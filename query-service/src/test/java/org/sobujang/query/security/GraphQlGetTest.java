package org.sobujang.query.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /graphql} for queries (api.md), through the same handler, limits and checks as a POST. */
class GraphQlGetTest extends SecuredApiTestBase {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor procurement(String firm) {
        return jwt().jwt(j -> j.claim("firm_id", firm).claim("roles", java.util.List.of("PROCUREMENT")))
                    .authorities(new SimpleGrantedAuthority("ROLE_PROCUREMENT"));
    }

    /** The handler answers asynchronously, or at once when nothing needs fetching (a refusal): either way. */
    private ResultActions answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        ResultActions first = mvc.perform(request);
        MvcResult result = first.andReturn();
        return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)) : first;
    }

    @Test
    void aQueryCanBeSentAsGetWithVariables() throws Exception {
        answer(get("/graphql")
                .param("query", "query($id: ID!) { firm(id: $id) { name country } }")
                .param("variables", "{\"id\": \"alpha\"}")
                .with(procurement("alpha")))
           .andExpect(status().isOk())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
           .andExpect(jsonPath("$.data.firm.name").value("Firm alpha"))
           .andExpect(jsonPath("$.data.firm.country").value("KR"));
    }

    @Test
    void authorizationAppliesToGetAsToPost() throws Exception {
        answer(get("/graphql")
                .param("query", "{ dependencyRisk(buyerId: \"beta\", componentId: \"x\") { score } }")
                .with(procurement("alpha")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"))
           .andExpect(jsonPath("$.data.dependencyRisk").doesNotExist());
    }

    @Test
    void aGetWithoutQueryOrWithBadVariablesIsABadRequest() throws Exception {
        mvc.perform(get("/graphql").with(procurement("alpha")))
           .andExpect(status().isBadRequest())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/graphql").param("query", "{ firms { totalCount } }").param("variables", "[1")
                                   .with(procurement("alpha")))
           .andExpect(status().isBadRequest());
    }

    @Test
    void aGetWithoutTokenIsRefused() throws Exception {
        mvc.perform(get("/graphql").param("query", "{ firms { totalCount } }"))
           .andExpect(status().isUnauthorized());
    }
}
