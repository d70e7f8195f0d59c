package org.sobujang.query.readstore;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Answers derived from read-model documents, which a read store may keep for as long as it can tell that what they
 * were derived from is unchanged. A feature says what an answer was derived from; whether anything is kept, and how
 * "unchanged" is told, is the read store's business. The default ({@link #NONE}) keeps nothing; the embedded default
 * plugs in one that works with its in-memory read cache.
 */
public interface DerivedAnswers {

    /** Keeps nothing: every answer is derived afresh. */
    DerivedAnswers NONE = new DerivedAnswers() {
        @Override
        public <V> Kept<V> keep(String name, long maximumSize) {
            return new Kept<>() {
                @Override
                public Object sources(Object question, List<?> documents, Collection<String> queried) {
                    return null;
                }

                @Override
                public V get(Object sources) {
                    return null;
                }

                @Override
                public void put(Object sources, V answer) {
                    // nothing is kept
                }
            };
        }

        @Override
        public <D, V> Function<D, V> perDocument(Function<D, V> derive) {
            return derive;
        }
    };

    /** Room for up to {@code maximumSize} answers of one kind; {@code name} names them in metrics. */
    <V> Kept<V> keep(String name, long maximumSize);

    /**
     * {@code derive}, whose answer depends on nothing but the document it is given; the read store may keep the answer
     * for as long as it hands out that same document instance.
     */
    <D, V> Function<D, V> perDocument(Function<D, V> derive);

    /** Answers of one kind, found by what they were derived from. */
    interface Kept<V> {

        /**
         * What an answer is derived from, or null when nothing can be kept: the question (everything else the answer
         * depends on: the query, its dates; compared by value), the documents exactly as the read models handed them
         * out (in an order that does not depend on the order they were read in; null for "no such document"), and the
         * collections the answer also reads by query without naming their documents. Call it after reading
         * {@code documents} and before those queries are made, so that a write between them makes later requests
         * miss rather than this answer stale.
         */
        Object sources(Object question, List<?> documents, Collection<String> queried);

        /** The answer kept for {@code sources}, or null. */
        V get(Object sources);

        /** Keeps {@code answer}, which must not be modified afterwards, for {@code sources} (ignored when null). */
        void put(Object sources, V answer);
    }
}
