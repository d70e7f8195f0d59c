package org.sobujang.query;

import java.util.Map;
import java.util.TreeMap;

import org.bson.RawBsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The BSON size of the largest document of every collection in a read store. */
public final class LargestDocuments {

    /** MongoDB refuses documents above 16 MB; a read model's documents must stay far below. */
    public static final int ONE_MB = 1024 * 1024;

    private LargestDocuments() {
    }

    /** Collection name → bytes of its largest document, as the store hands it out. */
    public static Map<String, Integer> bytes(MongoTemplate mongo) {
        Map<String, Integer> largest = new TreeMap<>();
        for (String collection : mongo.getDb().listCollectionNames()) {
            int max = 0;
            for (RawBsonDocument document : mongo.getDb().getCollection(collection, RawBsonDocument.class).find()
                                                          .batchSize(1000)) {
                max = Math.max(max, document.getByteBuffer().remaining());
            }
            largest.put(collection, max);
        }
        return largest;
    }
}
