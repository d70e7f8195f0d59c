package org.sobujang.query.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one GraphQL request may cost (documented in query-service.yml): field nesting depth, the number of
 * fields (complexity, one per field), operations in the document, aliases in the document, the HTTP body size and
 * the execution time.
 */
@ConfigurationProperties("sobujang.graphql")
public record GraphQlLimits(Integer maxDepth, Integer maxComplexity, Integer maxOperations, Integer maxAliases,
                            DataSize maxRequestSize, Duration timeout) {

    public GraphQlLimits {
        maxDepth = maxDepth == null ? 12 : maxDepth;
        maxComplexity = maxComplexity == null ? 500 : maxComplexity;
        maxOperations = maxOperations == null ? 5 : maxOperations;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(64) : maxRequestSize;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
