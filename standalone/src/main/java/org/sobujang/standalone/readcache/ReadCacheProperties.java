package org.sobujang.standalone.readcache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-memory cache of read-model documents ({@link CachingMongoTemplate}).
 *
 * @param enabled      only for a process that is the only writer of its read store (the embedded default): several
 *                     query-service processes sharing one read store would not see each other's writes
 * @param maxDocuments how many documents (by collection and id) are kept, least recently used evicted first
 * @param warmUp       with the cache on, fill it with the read models' documents after a start and after every
 *                     burst of writes ({@link ReadCacheWarmer}); default true
 * @param warmUpEvery  how often the warmer looks for collections written since it last warmed them; a collection is
 *                     warmed once a whole interval passed without a write to it; default 2 s
 */
@ConfigurationProperties("sobujang.read-cache")
public record ReadCacheProperties(boolean enabled, Long maxDocuments, Boolean warmUp, Duration warmUpEvery) {

    public ReadCacheProperties {
        maxDocuments = maxDocuments == null ? 200_000L : maxDocuments;
        if (maxDocuments < 0) {
            throw new IllegalArgumentException("sobujang.read-cache.max-documents must not be negative");
        }
        warmUp = warmUp == null || warmUp;
        warmUpEvery = warmUpEvery == null ? Duration.ofSeconds(2) : warmUpEvery;
        if (warmUpEvery.isNegative() || warmUpEvery.isZero()) {
            throw new IllegalArgumentException("sobujang.read-cache.warm-up-every must be positive");
        }
    }

    /** Defaults for everything but {@code enabled}. */
    public static ReadCacheProperties of(boolean enabled) {
        return new ReadCacheProperties(enabled, null, null, null);
    }
}
