package org.sobujang.query.readstore;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The read store answers a {@code ping}. Spring Boot's own Mongo check sends {@code hello}, which MongoDB answers but
 * the embedded wire-protocol server does not; {@code ping} means the same to both, so one check serves every
 * topology (Boot's is switched off in query-service.yml).
 */
@Component("readStore")
class ReadStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    ReadStoreHealthIndicator(MongoTemplate mongo) {
        super("Read store health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}
