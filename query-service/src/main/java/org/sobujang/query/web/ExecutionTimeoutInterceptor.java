package org.sobujang.query.web;

import java.time.Duration;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers TIMEOUT when the execution takes longer than {@code sobujang.graphql.timeout}. The execution runs off the
 * request thread so the timer can answer while it is still busy; the timeout cancels it, and Spring for GraphQL
 * then stops every data fetcher not yet started. It is the innermost interceptor: a wait for read-your-writes
 * (X-Consistency-Token) has its own limit and does not count.
 */
class ExecutionTimeoutInterceptor implements WebGraphQlInterceptor, Ordered {

    private final Duration timeout;

    ExecutionTimeoutInterceptor(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return Mono.defer(() -> chain.next(request))
                   .subscribeOn(Schedulers.boundedElastic())
                   .timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        // No data: a half-finished answer must not pass for a complete one.
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().errorType(GraphQlLimitError.TIMEOUT)
                                             .message("The query did not finish within " + timeout.toMillis()
                                                      + " ms")
                                             .build())
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
