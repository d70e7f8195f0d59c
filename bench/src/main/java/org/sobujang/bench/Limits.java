package org.sobujang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * The physical limits, measured on the same PostgreSQL and the same mongo-java-server the app runs on, in scratch
 * tables and collections of the same shape, so every product figure can be read as a fraction of what the stores
 * allow on this machine.
 */
final class Limits {

    static final String SCRATCH_TABLE = "bench_scratch_events";
    static final String SCRATCH_COLLECTION = "bench_scratch";

    private Limits() {
    }

    /** Events appended per second; latency per transaction. */
    record Appends(Load.Result tx, int eventsPerTx) {
        double eventsPerSecond() {
            return tx.perSecond() * eventsPerTx;
        }
    }

    /**
     * Raw appends into a copy of Axon's event table (same columns, keys and unique indexes, own sequence), each
     * client on its own connection, {@code batch} events per transaction, rows as the app stores them.
     */
    static Appends appends(String jdbcUrl, int connections, int batch, double warmup, double seconds,
                           EventRows.Row sample) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + SCRATCH_TABLE);
            s.execute("DROP SEQUENCE IF EXISTS " + SCRATCH_TABLE + "_seq");
            s.execute("CREATE SEQUENCE " + SCRATCH_TABLE + "_seq INCREMENT BY 1 START WITH 1 CACHE 1");
            s.execute("CREATE TABLE " + SCRATCH_TABLE + " (globalIndex BIGINT NOT NULL DEFAULT nextval('"
                      + SCRATCH_TABLE + "_seq'), aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL,"
                      + " type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL, metaData BYTEA, payload BYTEA NOT NULL,"
                      + " payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL,"
                      + " PRIMARY KEY (globalIndex), UNIQUE (aggregateIdentifier, sequenceNumber), UNIQUE (eventIdentifier))");
        }
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        List<Connection> pool = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Connection c = DriverManager.getConnection(url);
                c.setAutoCommit(false);
                pool.add(c);
                statements.add(c.prepareStatement(EventRows.insertSql(SCRATCH_TABLE)));
            }
            long[] seq = new long[connections];
            String run = UUID.randomUUID().toString().substring(0, 8);
            Load.Result r = Load.closedLoop(connections, warmup, seconds, (client, n) -> {
                PreparedStatement ps = statements.get(client);
                for (int i = 0; i < batch; i++) {
                    // one aggregate per client and 100 events, then the next: sequence numbers as the app writes them
                    long s = seq[client]++;
                    EventRows.bind(ps, sample.withIdentity("plan:bench-" + run + "-" + client + "/c" + (s / 100),
                                                            s % 100, UUID.randomUUID().toString()));
                    if (batch > 1) {
                        ps.addBatch();
                    }
                }
                if (batch > 1) {
                    ps.executeBatch();
                } else {
                    ps.executeUpdate();
                }
                pool.get(client).commit();
                return true;
            });
            return new Appends(r, batch);
        } finally {
            for (Connection c : pool) {
                c.close();
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + SCRATCH_TABLE);
                s.execute("DROP SEQUENCE IF EXISTS " + SCRATCH_TABLE + "_seq");
            }
        }
    }

    /** A document the size and shape of a sourcing-plan read model with a few changes. */
    static Document planLikeDocument(String id) {
        List<Document> changes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            changes.add(new Document("id", UUID.randomUUID().toString()).append("kind", "REVISION")
                        .append("effectiveFrom", "2020-0" + (i + 1) + "-01").append("recordedAt", "2024-01-01T00:00:00Z")
                        .append("retracted", false)
                        .append("shares", List.of(new Document("supplierId", "firm-00042").append("share", 0.6),
                                                  new Document("supplierId", "firm-00137").append("share", 0.4))));
        }
        return new Document("_id", id).append("buyerId", "buyer-00").append("componentId", "comp-0001")
                                      .append("annualVolume", 120.0).append("unit", "t").append("lastSequence", 4L)
                                      .append("changes", changes);
    }

    record ReadStore(Load.Result bulk, int docsPerBulk, Load.Result upserts, Load.Result lookups1,
                     Load.Result lookups16) {
        double bulkDocsPerSecond() {
            return bulk.perSecond() * docsPerBulk;
        }
    }

    /** mongo-java-server logs dropping a missing collection as an error; the scratch collection may not exist. */
    private static void dropIfExists(MongoCollection<Document> scratch) {
        if (scratch.countDocuments() > 0) {
            scratch.drop();
        }
    }

    static ReadStore readStore(MongoCollection<Document> scratch, int clients, double warmup, double seconds)
            throws InterruptedException {
        dropIfExists(scratch);
        int perBulk = 1000;
        AtomicLong ids = new AtomicLong();
        Load.Result bulk = Load.closedLoop(1, warmup, seconds, (client, n) -> {
            List<Document> docs = new ArrayList<>(perBulk);
            for (int i = 0; i < perBulk; i++) {
                docs.add(planLikeDocument("d" + ids.getAndIncrement()));
            }
            scratch.insertMany(docs);
            return true;
        });
        long inserted = ids.get();
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        Load.Result upserts = Load.closedLoop(1, warmup, seconds, (client, n) -> {
            String id = "d" + ThreadLocalRandom.current().nextLong(inserted);
            scratch.replaceOne(Filters.eq("_id", id), planLikeDocument(id), upsert);
            return true;
        });
        Load.Op lookup = (client, n) -> scratch.find(Filters.eq("_id", "d" + ThreadLocalRandom.current()
                                                                                      .nextLong(inserted))).first() != null;
        Load.Result lookups1 = Load.closedLoop(1, warmup, seconds, lookup);
        Load.Result lookups16 = Load.closedLoop(clients, warmup, seconds, lookup);
        dropIfExists(scratch);
        return new ReadStore(bulk, perBulk, upserts, lookups1, lookups16);
    }
}
