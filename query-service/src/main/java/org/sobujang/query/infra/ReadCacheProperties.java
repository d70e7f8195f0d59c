package org.sobujang.query.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-memory cache of read-model documents ({@link CachingMongoTemplate}).
 *
 * @param enabled      only for a process that is the only writer of its read store (the embedded default): several
 *                     query-service processes sharing one read store would not see each other's writes
 * @param maxDocuments how many documents (by collection and id) are kept, least recently used evicted first
 */
@ConfigurationProperties("sobujang.read-cache")
public record ReadCacheProperties(boolean enabled, Long maxDocuments) {

    public ReadCacheProperties {
        maxDocuments = maxDocuments == null ? 200_000L : maxDocuments;
        if (maxDocuments < 0) {
            throw new IllegalArgumentException("sobujang.read-cache.max-documents must not be negative");
        }
    }
}
