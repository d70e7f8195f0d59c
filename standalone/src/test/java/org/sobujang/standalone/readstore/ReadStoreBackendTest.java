package org.sobujang.standalone.readstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read store written by stock mongo-java-server opens with {@link ReadStoreBackend}, and the other way round. */
class ReadStoreBackendTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path dir;

    @Test
    void filesWrittenByEitherBackendAreSearchedCorrectlyByTheOther() {
        Path file = dir.resolve("readstore.mv");
        // written by stock mongo-java-server: _id index and a unique secondary index
        withStore(file, f -> new H2Backend(f.toString()), plans -> {
            plans.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (int i = 0; i < DOCUMENTS; i++) {
                plans.insertOne(new Document("_id", id(i)).append("key", "k" + i).append("n", i));
            }
        });
        // opened with this backend: every document found through the index, upserts update, duplicates refused
        withStore(file, f -> ReadStoreBackend.open(f), plans -> {
            for (int i = 0; i < DOCUMENTS; i += 7) {
                assertThat(n(plans, id(i))).as(id(i)).isEqualTo(i);
            }
            for (int i = 0; i < DOCUMENTS; i += 3) {
                plans.updateOne(Filters.eq("_id", id(i)), Updates.set("n", -i), new UpdateOptions().upsert(true));
            }
            assertThat(plans.countDocuments()).isEqualTo(DOCUMENTS);
            assertThatThrownBy(() -> plans.insertOne(new Document("_id", id(5)).append("key", "new")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> plans.insertOne(new Document("_id", "other").append("key", "k5")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            for (int i = DOCUMENTS; i < DOCUMENTS + 500; i++) {
                plans.insertOne(new Document("_id", id(i)).append("key", "k" + i).append("n", i));
            }
        });
        // and back with stock mongo-java-server
        withStore(file, f -> new H2Backend(f.toString()), plans -> {
            assertThat(plans.countDocuments()).isEqualTo(DOCUMENTS + 500);
            for (int i = 0; i < DOCUMENTS + 500; i += 5) {
                int expected = i < DOCUMENTS && i % 3 == 0 ? -i : i;
                assertThat(n(plans, id(i))).as(id(i)).isEqualTo(expected);
            }
            assertThatThrownBy(() -> plans.insertOne(new Document("_id", id(DOCUMENTS + 1))))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    /** The document's {@code n}, found by {@code _id} (through the index), or null if it is not found. */
    private static Integer n(MongoCollection<Document> plans, String id) {
        Document found = plans.find(Filters.eq("_id", id)).first();
        return found == null ? null : found.getInteger("n");
    }

    private static String id(int i) {
        // ids of different lengths and a non-ASCII part, as the read models' composite ids have
        return "buyer-" + (i % 13) + ":부품-" + Integer.toString(i * 7919, 36);
    }

    private interface Body {
        void run(MongoCollection<Document> plans);
    }

    private static void withStore(Path file, Function<Path, MongoBackend> backend, Body body) {
        MongoServer server = new MongoServer(backend.apply(file));
        try {
            String uri = "mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
            try (MongoClient client = MongoClients.create(uri)) {
                body.run(client.getDatabase("sobujang").getCollection("plans"));
            }
        } finally {
            server.shutdown();
        }
    }
}
