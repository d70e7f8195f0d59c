package org.sobujang.query.processors;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.readstore.Documents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Heartbeats of the query-service instances sharing the read store, one document per instance. Clocks of the
 * instances are compared, so they must agree to well within the liveness window (NTP does).
 */
public class NodeRegistry {

    public static final String COLLECTION = "query_nodes";

    private final MongoTemplate mongo;
    private final NodeIdentity node;
    private final Duration liveness;
    private final Clock clock;

    public NodeRegistry(MongoTemplate mongo, NodeIdentity node, Duration liveness, Clock clock) {
        this.mongo = mongo;
        this.node = node;
        this.liveness = liveness;
        this.clock = clock;
    }

    /** Records that this instance is alive and answers how many instances are, this one included. */
    public int heartbeat() {
        mongo.upsert(Documents.byId(node.id()), Update.update("seenAt", Date.from(clock.instant())), COLLECTION);
        Date cutoff = Date.from(clock.instant().minus(liveness));
        long live = mongo.count(Query.query(Criteria.where("seenAt").gte(cutoff)), COLLECTION);
        return (int) Math.max(1, live);
    }

    /** On a graceful stop the peers need not wait out the liveness window to take over this instance's share. */
    public void leave() {
        mongo.remove(Documents.byId(node.id()), COLLECTION);
    }
}
