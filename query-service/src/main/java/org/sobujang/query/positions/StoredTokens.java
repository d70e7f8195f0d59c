package org.sobujang.query.positions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads every segment's stored token, whichever instance claims it. The TokenStore API cannot: its
 * {@code fetchToken} claims the segment for the caller, which would steal work from a peer. The documents are those
 * {@code MongoTokenStore} writes (axon-mongo 4.12): processorName, segment, owner, timestamp (epoch millis), token
 * (serialized bytes) and tokenType.
 */
public class StoredTokens {

    public static final String COLLECTION = "trackingtokens";
    /** MongoTokenStore's own entry holding the token store's identifier, not a processor. */
    private static final String CONFIG_ENTRY = "__config";

    public record StoredToken(String processorName, int segment, String owner, Instant claimedAt,
                              TrackingToken token) {

        /** Whether a node other than {@code node} holds a claim that has not yet timed out. */
        public boolean claimedByOtherThan(String node, Instant now, Duration claimTimeout) {
            return owner != null && !owner.equals(node) && claimedAt.isAfter(now.minus(claimTimeout));
        }
    }

    private final MongoTemplate mongo;
    private final Serializer serializer;

    public StoredTokens(MongoTemplate mongo, Serializer serializer) {
        this.mongo = mongo;
        this.serializer = serializer;
    }

    /** Every processor's segments in segment order, in one read so the picture is of one moment. */
    public Map<String, List<StoredToken>> all() {
        Map<String, List<StoredToken>> byProcessor = new LinkedHashMap<>();
        // The driver's own documents: Spring's converter would not hand the serialized token back as Binary.
        for (Document document : mongo.getCollection(COLLECTION).find(Filters.ne("processorName", CONFIG_ENTRY))) {
            StoredToken token = toStoredToken(document);
            byProcessor.computeIfAbsent(token.processorName(), name -> new ArrayList<>()).add(token);
        }
        byProcessor.values().forEach(tokens -> tokens.sort(Comparator.comparingInt(StoredToken::segment)));
        return byProcessor;
    }

    private StoredToken toStoredToken(Document document) {
        Binary data = document.get("token", Binary.class);
        String type = document.getString("tokenType");
        Instant claimedAt = Instant.ofEpochMilli(document.getLong("timestamp"));
        TrackingToken token = null;
        if (data != null && type != null) {
            token = new GenericTokenEntry<>(data.getData(), type, claimedAt.toString(), document.getString("owner"),
                    document.getString("processorName"), document.getInteger("segment"), byte[].class)
                    .getToken(serializer);
        }
        return new StoredToken(document.getString("processorName"), document.getInteger("segment"),
                document.getString("owner"), claimedAt, token);
    }
}
