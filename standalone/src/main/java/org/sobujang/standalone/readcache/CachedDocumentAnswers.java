package org.sobujang.standalone.readcache;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.sobujang.query.readstore.DerivedAnswers;

/**
 * Keeps derived answers with the read cache on ({@link CachingMongoTemplate}). There a document instance stands for
 * one version of the document until a write replaces it, so answers derived from the same instances (compared by
 * identity), for an equal question, with no write since to the collections read by query, are equal answers.
 */
final class CachedDocumentAnswers implements DerivedAnswers {

    /** Answers unused this long are dropped even when there is room. */
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final CachingMongoTemplate template;
    private final MeterRegistry registry;

    CachedDocumentAnswers(CachingMongoTemplate template, MeterRegistry registry) {
        this.template = template;
        this.registry = registry;
    }

    @Override
    public <V> Kept<V> keep(String name, long maximumSize) {
        Cache<Sources, V> cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(IDLE)
                                          .recordStats().build();
        if (registry != null) {
            CaffeineCacheMetrics.monitor(registry, cache, "derived." + name);
        }
        return new Kept<>() {
            @Override
            public Object sources(Object question, List<?> documents, Collection<String> queried) {
                long[] writes = queried.stream().mapToLong(template::writesTo).toArray();
                return new Sources(question, documents.toArray(), writes);
            }

            @Override
            public V get(Object sources) {
                return sources == null ? null : cache.getIfPresent((Sources) sources);
            }

            @Override
            public void put(Object sources, V answer) {
                if (sources != null) {
                    cache.put((Sources) sources, answer);
                }
            }
        };
    }

    /**
     * The read cache hands out the same immutable document instance until a write replaces it: the answer is kept
     * while that instance lives (weak keys compare by identity), and a new instance gets a new answer.
     */
    @Override
    public <D, V> Function<D, V> perDocument(Function<D, V> derive) {
        Cache<D, V> byDocument = Caffeine.newBuilder().weakKeys().build();
        return document -> byDocument.get(document, derive);
    }

    /** The question by value, the documents by identity, the writes to the collections read by query by count. */
    private record Sources(Object question, Object[] documents, long[] writes) {

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Sources other) || !question.equals(other.question)
                || !Arrays.equals(writes, other.writes) || documents.length != other.documents.length) {
                return false;
            }
            for (int i = 0; i < documents.length; i++) {
                if (documents[i] != other.documents[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = question.hashCode() * 31 + Arrays.hashCode(writes);
            for (Object document : documents) {
                h = 31 * h + System.identityHashCode(document);
            }
            return h;
        }

        @Override
        public String toString() {
            return "Sources[" + question + ", " + documents.length + " documents]";
        }
    }
}
