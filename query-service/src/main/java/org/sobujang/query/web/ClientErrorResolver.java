package org.sobujang.query.web;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorType type;
        if (ex instanceof ClientErrors.BadRequest) {
            type = ErrorType.BAD_REQUEST;
        } else if (ex instanceof ClientErrors.NotFound) {
            type = ErrorType.NOT_FOUND;
        } else if (ex instanceof ClientErrors.Forbidden) {
            type = ErrorType.FORBIDDEN;
        } else {
            // Anything else is ours: Spring's default answer (INTERNAL_ERROR, no stack trace) stands.
            return null;
        }
        return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
    }
}
