package org.sobujang.query.consistency;

import java.util.Map;
import java.util.OptionalLong;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.query.positions.EventPositions;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Read-your-writes. A command's response carries a consistency token, the identifier of the last event it stored; a
 * query sent with that token (header {@code X-Consistency-Token} or request extension {@code consistencyToken})
 * runs once every projection has processed that event. Waiting holds no thread ({@link CoverageWaiters}); resolving
 * the token reads the event store, blocking I/O, so it runs on the bounded elastic scheduler, as does the query once
 * its wait is over (not on the waiters' thread).
 */
public class ConsistencyTokenInterceptor implements WebGraphQlInterceptor {

    public static final String HEADER = "X-Consistency-Token";
    public static final String EXTENSION = "consistencyToken";

    private static final Logger log = LoggerFactory.getLogger(ConsistencyTokenInterceptor.class);

    private final EventPositions events;
    private final CoverageWaiters waiters;
    private final ConsistencyProperties properties;

    public ConsistencyTokenInterceptor(EventPositions events, CoverageWaiters waiters,
                                       ConsistencyProperties properties) {
        this.events = events;
        this.waiters = waiters;
        this.properties = properties;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String token = token(request);
        if (token == null) {
            return chain.next(request);
        }
        return Mono.fromCallable(() -> events.globalIndexOf(token.strip()))
                   .subscribeOn(Schedulers.boundedElastic())
                   .onErrorResume(e -> {
                       log.warn("Could not resolve consistency token {}", token, e);
                       return Mono.error(new Unanswerable(ErrorType.INTERNAL_ERROR,
                               "The consistency token could not be resolved: the event store is unavailable"));
                   })
                   .flatMap(index -> waitFor(token, index))
                   .then(Mono.defer(() -> chain.next(request)))
                   .onErrorResume(Unanswerable.class, e -> Mono.just(errorResponse(request, e)));
    }

    private Mono<Void> waitFor(String token, OptionalLong index) {
        if (index.isEmpty()) {
            return Mono.error(new Unanswerable(ErrorType.BAD_REQUEST,
                    "Unknown consistency token '" + token + "': no stored event has this identifier"));
        }
        return waiters.await(index.getAsLong())
                   .timeout(properties.timeout(), Mono.error(() -> new Unanswerable(
                           ConsistencyError.CONSISTENCY_TIMEOUT,
                           "The read models did not reach the event of consistency token '" + token + "' within "
                           + properties.timeout().toMillis() + " ms; retry the query later")))
                   .publishOn(Schedulers.boundedElastic());
    }

    private static String token(WebGraphQlRequest request) {
        String header = request.getHeaders().getFirst(HEADER);
        if (header != null) {
            return header;
        }
        Map<String, Object> extensions = request.getExtensions();
        Object extension = extensions == null ? null : extensions.get(EXTENSION);
        return extension == null ? null : extension.toString();
    }

    private static WebGraphQlResponse errorResponse(WebGraphQlRequest request, Unanswerable e) {
        // No data at all: the query was not run, so a partial or stale answer cannot be mistaken for a current one.
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().errorType(e.classification).message(e.getMessage()).build())
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    private static final class Unanswerable extends RuntimeException {
        private final transient ErrorClassification classification;

        Unanswerable(ErrorClassification classification, String message) {
            super(message, null, false, false);
            this.classification = classification;
        }
    }
}
