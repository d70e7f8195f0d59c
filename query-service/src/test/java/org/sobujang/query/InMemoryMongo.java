package org.sobujang.query;

import java.net.InetSocketAddress;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A mongo-java-server on a free local port, the same engine the embedded launcher uses. */
public final class InMemoryMongo implements AutoCloseable {

    static {
        // As the embedded default does (embedded.yml): this store warns for every secondary index a real MongoDB
        // would build. Before a Spring context starts, and through it once one does.
        // Its INFO lines (each collection, index and connection) are the store's business, not the tests'.
        quiet("de.bwaldvogel.mongo", "WARN");
        quiet("de.bwaldvogel.mongo.backend.AbstractMongoDatabase", "ERROR");
    }

    private static void quiet(String logger, String level) {
        System.setProperty("logging.level." + logger, level);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger))
                .setLevel(ch.qos.logback.classic.Level.toLevel(level));
    }

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri;
    private MongoClient client;

    public InMemoryMongo() {
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        // Test classes close their server in @AfterAll while Spring keeps their contexts cached until the JVM exits;
        // the driver's default 30 s server selection then held the JVM's shutdown (Surefire killed the fork).
        uri = "mongodb://127.0.0.1:" + address.getPort() + "/sobujang?serverSelectionTimeoutMS=2000";
    }

    public String uri() {
        return uri;
    }

    public MongoTemplate template() {
        if (client == null) {
            client = MongoClients.create(uri);
        }
        return new MongoTemplate(client, "sobujang");
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        server.shutdownNow();
    }
}
