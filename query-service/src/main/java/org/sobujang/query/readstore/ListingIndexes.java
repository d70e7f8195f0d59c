package org.sobujang.query.readstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the features' store listings are answered from ({@link StoreListing.Listed}), once the application is
 * ready. Creating an index that exists is a no-op; a read store that cannot be reached then is logged, and the
 * listings still answer (by scanning) until the next start creates them.
 */
@Component
class ListingIndexes {

    private static final Logger log = LoggerFactory.getLogger(ListingIndexes.class);

    private final MongoOperations mongo;
    private final ObjectProvider<StoreListing.Listed> features;

    ListingIndexes(MongoOperations mongo, ObjectProvider<StoreListing.Listed> features) {
        this.mongo = mongo;
        this.features = features;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        features.orderedStream().flatMap(f -> f.listings().stream()).forEach(listing -> {
            try {
                StoreListing.ensureIndex(mongo, listing.collection(), listing.nameField());
            } catch (RuntimeException e) {
                log.warn("Could not create the listing index on {}.{}: {}", listing.collection(),
                         listing.nameField(), e.toString());
            }
        });
    }
}
