package org.sobujang.query.web;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import org.springframework.graphql.execution.ErrorType;

/**
 * A request over one of the {@link GraphQlLimits}: graphql-java aborts it before any data fetcher runs and answers
 * this error alone, classified BAD_REQUEST rather than graphql-java's ExecutionAborted, like every client mistake.
 */
final class LimitExceeded extends AbortExecutionException {

    LimitExceeded(String message) {
        // graphql-java answers the underlying errors of an abort in its place: this one carries the classification.
        super(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Never shown, never logged: a client's mistake needs no stack.
        return this;
    }
}
