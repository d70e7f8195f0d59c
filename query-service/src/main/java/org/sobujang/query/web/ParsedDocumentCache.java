package org.sobujang.query.web;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated GraphQL documents by their text, so a client that sends the same query again (with other
 * variables) skips parsing and validation. Validation depends only on the document and the schema, never on
 * variables. Only documents without errors are kept; the cache is bounded, so unique hostile documents cannot
 * grow it, and each of them is already bounded by the request size limit. The execution-time limits (depth,
 * complexity, aliases, operations) still run on every request.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;

    ParsedDocumentCache(long maxDocuments) {
        this.documents = Caffeine.newBuilder().maximumSize(maxDocuments).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry known = documents.getIfPresent(query);
        if (known == null) {
            known = parseAndValidate.apply(input);
            if (!known.hasErrors()) {
                documents.put(query, known);
            }
        }
        return CompletableFuture.completedFuture(known);
    }
}
