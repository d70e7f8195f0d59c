package org.sobujang.bench;

import com.mongodb.client.MongoClient;
import org.axonframework.serialization.Serializer;

/**
 * What the bench drives and measures: the embedded default in this JVM ({@link App}) or the split topology as
 * separate service processes ({@link SplitApp}). Both expose the same stores to the limit measurements and the data
 * generator, and the same HTTP API to the load.
 */
interface Deployment extends AutoCloseable {

    /** Where commands (everything under {@code /api/v1}) go. */
    String commandUrl();

    /** Where GraphQL and the processors' admin endpoints are. */
    String queryUrl();

    /** Where {@code POST /oauth2/token} is. */
    String tokenUrl();

    /** The event store, as a JDBC URL with credentials. */
    String jdbcUrl();

    /** A client of the read store (the limit measurements use a scratch collection of it). */
    MongoClient mongo();

    /** Serializes generated events exactly as the command side stores them. */
    Serializer eventSerializer();

    /** The heap row: what the deployment holds after load and rebuild, in MB, and a note on how it was read. */
    Heap heapAfterGc(Api api, Clients clients) throws Exception;

    record Heap(double usedMb, String note) {
    }

    /** The query side's read-cache counters so far, or null when it has no read cache (the split topology). */
    default ReadCache readCache() {
        return null;
    }

    /**
     * Waits until the query side's read cache is warm again after the writes before this call, and returns how many
     * documents warming loaded in that time; -1 when there is no read cache (the split topology).
     */
    default long awaitWarmReadCache(long timeoutSeconds) throws InterruptedException {
        return -1;
    }

    record ReadCache(long hits, long misses) {

        /** "read cache: 97.1 % of 12,345 lookups hit" for the lookups between {@code before} and this. */
        String since(ReadCache before) {
            long hit = hits - before.hits;
            long all = hit + misses - before.misses;
            return all == 0 ? "read cache: no lookups" : String.format(java.util.Locale.ROOT,
                    "read cache: %.1f %% of %,d lookups hit", 100.0 * hit / all, all);
        }
    }
}
