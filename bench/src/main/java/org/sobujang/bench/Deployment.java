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
}
