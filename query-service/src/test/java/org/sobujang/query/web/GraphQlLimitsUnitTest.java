package org.sobujang.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * The limit beans of {@link GraphQlLimitsConfiguration} with small configured maxima on a small recursive schema, so
 * each refusal can be shown just over its limit, and that nothing is fetched for a refused request.
 */
class GraphQlLimitsUnitTest {

    private static final String SDL = "type Query { node: Node } type Node { id: ID next: Node }";
    private final AtomicInteger fetches = new AtomicInteger();

    private GraphQL engine(GraphQlLimits limits) {
        GraphQlLimitsConfiguration configuration = new GraphQlLimitsConfiguration();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("node", env -> {
                    fetches.incrementAndGet();
                    return Map.of("id", "1");
                }))
                .type("Node", t -> t.dataFetcher("next", env -> Map.of("id", "2")))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(
                configuration.maxQueryDepthInstrumentation(limits),
                configuration.maxQueryComplexityInstrumentation(limits),
                configuration.documentLimitsInstrumentation(limits)))).build();
    }

    private static GraphQlLimits limits(int depth, int complexity, int operations, int aliases) {
        return new GraphQlLimits(depth, complexity, operations, aliases, null, null);
    }

    @Test
    void depthJustOverTheMaximumIsRefusedBeforeAnythingIsFetched() {
        GraphQL graphQL = engine(limits(3, 100, 5, 30));
        assertThat(graphQL.execute("{ node { next { id } } }").getErrors()).isEmpty();
        fetches.set(0);
        assertRefused(graphQL.execute("{ node { next { next { id } } } }"), "deep");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void complexityJustOverTheMaximumIsRefused() {
        GraphQL graphQL = engine(limits(10, 4, 5, 30));
        assertThat(graphQL.execute("{ node { id next { id } } }").getErrors()).isEmpty();
        assertRefused(graphQL.execute("{ node { id next { id next { id } } } }"), "fields");
    }

    @Test
    void operationsAndAliasesJustOverTheMaximaAreRefused() {
        GraphQL graphQL = engine(limits(10, 100, 2, 2));
        assertThat(graphQL.execute(graphql.ExecutionInput.newExecutionInput("query a { node { id } } "
                + "query b { node { id } }").operationName("a").build()).getErrors()).isEmpty();
        assertRefused(graphQL.execute(graphql.ExecutionInput.newExecutionInput("query a { node { id } } "
                + "query b { node { id } } query c { node { id } }").operationName("a").build()), "operations");
        assertThat(graphQL.execute("{ x: node { id } y: node { id } }").getErrors()).isEmpty();
        // Aliases inside fragments count too: they are part of the document whichever field spreads them.
        assertRefused(graphQL.execute("{ x: node { ...f } } fragment f on Node { y: id z: next { id } }"),
                "aliases");
    }

    @Test
    void anExecutionOverTheTimeoutAnswersTimeoutWithoutDataAndIsCancelled() {
        ExecutionTimeoutInterceptor interceptor = new ExecutionTimeoutInterceptor(Duration.ofMillis(50));
        AtomicBoolean cancelled = new AtomicBoolean();
        WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                null, null, Map.of(), Map.of("query", "{ node { id } }"), "1", null);
        WebGraphQlResponse response = interceptor.intercept(request,
                        r -> Mono.<WebGraphQlResponse>never().doOnCancel(() -> cancelled.set(true)))
                .block(Duration.ofSeconds(5));
        assertThat(response).isNotNull();
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT");
            assertThat(error.getMessage()).contains("50 ms").doesNotContain("Exception");
        });
        assertThat(response.toMap()).doesNotContainKey("data");
        // The cancel travels to the execution on its own thread, possibly just after the answer.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).untilTrue(cancelled);

        WebGraphQlResponse quick = interceptor.intercept(request, r -> Mono.just(new WebGraphQlResponse(
                new DefaultExecutionGraphQlResponse(r.toExecutionInput(),
                        ExecutionResult.newExecutionResult().data(Map.of("node", Map.of())).build()))))
                .block(Duration.ofSeconds(5));
        assertThat(quick.getErrors()).isEmpty();
    }

    private static void assertRefused(ExecutionResult result, String mentions) {
        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement().satisfies((GraphQLError error) -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains(mentions).doesNotContain("Exception");
        });
    }
}
