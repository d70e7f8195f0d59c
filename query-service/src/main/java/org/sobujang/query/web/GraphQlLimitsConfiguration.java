package org.sobujang.query.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@link GraphQlLimits} as beans: Spring Boot adds every graphql-java Instrumentation bean to the engine and
 * every WebGraphQlInterceptor to the HTTP handler.
 */
@Configuration
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlLimitsConfiguration {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(GraphQlLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new LimitExceeded("The query is " + depth + " fields deep; at most " + maxDepth
                                         + " are allowed");
            }
        };
    }

    /** One point per field asked for, fragments expanded: a bound on the work a single document can ask for. */
    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(GraphQlLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new LimitExceeded("The query asks for " + complexity + " fields; at most " + maxComplexity
                                         + " are allowed");
            }
        };
    }

    @Bean
    DocumentLimitsInstrumentation documentLimitsInstrumentation(GraphQlLimits limits) {
        return new DocumentLimitsInstrumentation(limits.maxOperations(), limits.maxAliases());
    }

    /** Repeated documents are parsed and validated once (the limits above still apply to every execution). */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        ParsedDocumentCache cache = new ParsedDocumentCache(1_000);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    @Bean
    ExecutionTimeoutInterceptor executionTimeoutInterceptor(GraphQlLimits limits) {
        return new ExecutionTimeoutInterceptor(limits.timeout());
    }

    /** Ahead of the security filters: an oversized body is refused without being read, whoever sends it. */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> graphQlRequestSizeFilter(
            GraphQlLimits limits, ObjectMapper json,
            @Value("${spring.graphql.http.path:${spring.graphql.path:/graphql}}") String path) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(path, limits.maxRequestSize().toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
