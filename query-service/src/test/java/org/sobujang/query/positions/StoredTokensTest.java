package org.sobujang.query.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.positions.StoredTokens.StoredToken;

/** Reads what MongoTokenStore wrote, without claiming anything: the document format is axon-mongo's. */
class StoredTokensTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoClient client = MongoClients.create(mongo.uri());
    private final Serializer serializer = JacksonSerializer.defaultSerializer();

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private TokenStore tokenStore(String node) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "sobujang").build())
                              .serializer(serializer)
                              .nodeId(node)
                              .build();
    }

    @Test
    void everySegmentsTokenAndOwnerIsReadWithoutTakingTheClaim() {
        TokenStore a = tokenStore("node-a");
        TokenStore b = tokenStore("node-b");
        a.initializeTokenSegments("firms", 2);
        a.initializeTokenSegments("trade", 1);
        a.retrieveStorageIdentifier();
        a.fetchToken("firms", 0);
        a.storeToken(GapAwareTrackingToken.newInstance(7, Set.of(5L)), "firms", 0);
        b.fetchToken("firms", 1);
        b.storeToken(ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, Set.of()),
                GapAwareTrackingToken.newInstance(3, Set.of())), "firms", 1);

        Map<String, List<StoredToken>> all = new StoredTokens(mongo.template(), serializer).all();

        assertThat(all).containsOnlyKeys("firms", "trade");
        List<StoredToken> firms = all.get("firms");
        assertThat(firms).extracting(StoredToken::segment).containsExactly(0, 1);
        assertThat(firms).extracting(StoredToken::owner).containsExactly("node-a", "node-b");
        assertThat(firms.get(0).token()).isEqualTo(GapAwareTrackingToken.newInstance(7, Set.of(5L)));
        assertThat(firms.get(1).token()).isInstanceOf(ReplayToken.class);
        assertThat(TokenPositions.position(firms.get(1).token())).isEqualTo(3);
        assertThat(all.get("trade")).singleElement().satisfies(t -> {
            assertThat(t.token()).isNull();
            assertThat(t.owner()).isNull();
        });
        // Reading claimed nothing: node-b still holds its segment.
        assertThat(tokenStore("node-c").fetchAvailableSegments("firms")).isEmpty();
    }

    @Test
    void aClaimCountsAsAPeersUntilItTimesOut() {
        Instant now = Instant.parse("2025-01-01T12:00:00Z");
        Duration timeout = Duration.ofSeconds(10);
        StoredToken claimed = new StoredToken("firms", 0, "node-b", now.minusSeconds(9), null);

        assertThat(claimed.claimedByOtherThan("node-a", now, timeout)).isTrue();
        assertThat(claimed.claimedByOtherThan("node-b", now, timeout)).isFalse();
        assertThat(claimed.claimedByOtherThan("node-a", now.plusSeconds(2), timeout)).isFalse();
        assertThat(new StoredToken("firms", 0, null, now, null).claimedByOtherThan("node-a", now, timeout)).isFalse();
    }
}
