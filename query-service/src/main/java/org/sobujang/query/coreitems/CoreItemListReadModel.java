package org.sobujang.query.coreitems;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class CoreItemListReadModel {

    private final MongoTemplate mongo;

    CoreItemListReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<CoreItemListDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CoreItemListDocument.class, CoreItemListDocument.COLLECTION))
                       .filter(l -> l.name() != null);
    }

    /** Scans: policy lists are few. */
    public List<CoreItemListDocument> all() {
        return mongo.find(Query.query(Criteria.where("name").exists(true)), CoreItemListDocument.class,
                CoreItemListDocument.COLLECTION);
    }
}
