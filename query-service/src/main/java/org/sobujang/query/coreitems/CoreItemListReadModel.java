package org.sobujang.query.coreitems;

import java.util.List;
import java.util.Optional;

import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class CoreItemListReadModel implements DocumentsReadById {

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

    /** The documents this feature's readers fetch by id per request, for a read cache to keep warm. */
    @Override
    public List<DocumentsReadById.Target> readById() {
        return List.of(DocumentsReadById.whole(CoreItemListDocument.COLLECTION, CoreItemListDocument.class));
    }

    @Override
    public int getOrder() {
        return 4;
    }
}
