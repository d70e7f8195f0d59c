package org.sobujang.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.positions.NodeIdentity;
import org.springframework.data.mongodb.core.MongoTemplate;

class NodeRegistryTest {

    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final Duration LIVENESS = Duration.ofSeconds(15);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();

    @AfterEach
    void stop() {
        mongo.close();
    }

    private NodeRegistry node(String id, Instant at) {
        return new NodeRegistry(template, new NodeIdentity(id), LIVENESS, Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void aHeartbeatIsOneDocumentPerInstanceWithItsTime() {
        node("a", NOW.minusSeconds(5)).heartbeat();
        node("a", NOW).heartbeat();

        assertThat(template.findAll(Document.class, NodeRegistry.COLLECTION)).singleElement().satisfies(doc -> {
            assertThat(doc.get("_id")).isEqualTo("a");
            assertThat(doc.getDate("seenAt")).isEqualTo(Date.from(NOW));
        });
    }

    @Test
    void onlyInstancesHeardFromWithinTheLivenessWindowCount() {
        assertThat(node("a", NOW).heartbeat()).isEqualTo(1);
        node("b", NOW.minusSeconds(14)).heartbeat();
        node("dead", NOW.minusSeconds(16)).heartbeat();

        assertThat(node("a", NOW).heartbeat()).isEqualTo(2);
    }

    @Test
    void aGracefulStopRemovesTheHeartbeatAtOnce() {
        node("a", NOW).heartbeat();
        node("b", NOW).heartbeat();

        node("b", NOW).leave();

        assertThat(node("a", NOW).heartbeat()).isEqualTo(1);
        assertThat(template.findAll(Document.class, NodeRegistry.COLLECTION)).extracting(d -> d.get("_id"))
                                                                              .containsExactly("a");
    }
}
