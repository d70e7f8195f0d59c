package org.sobujang.query.web;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * graphql-java reports a malformed scalar as a generic validation error before any data fetcher runs, so no
 * exception resolver sees it. The contract promises BAD_REQUEST for an invalid date; this reclassifies those.
 */
@Component
class InvalidDateInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<ResponseError> errors = response.getErrors();
            if (errors.stream().noneMatch(InvalidDateInterceptor::isInvalidDate)) {
                return response;
            }
            List<GraphQLError> mapped = errors.stream().map(InvalidDateInterceptor::reclassify).toList();
            return response.transform(builder -> builder.errors(mapped));
        });
    }

    private static boolean isInvalidDate(ResponseError error) {
        return error.getMessage() != null && error.getMessage().contains(DateScalar.INVALID_DATE);
    }

    private static GraphQLError reclassify(ResponseError error) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(isInvalidDate(error) ? ErrorType.BAD_REQUEST : error.getErrorType());
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }
}
