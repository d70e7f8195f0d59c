package org.sobujang.query.readstore;

import java.util.List;

import org.sobujang.query.web.Connection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of a collection that match {@code criteria}, in the listing order (a name field, then {@code _id}), as
 * a {@link Connection.Listing}: a page is a few counts and one sorted, skipped, limited query in the read store,
 * not every matching document loaded and sorted here. With an index on the name field (and {@code _id}) a real
 * MongoDB answers them from the index.
 */
public final class StoreListing<T> implements Connection.Listing<T> {

    /** A collection listed by a name field, then {@code _id}. */
    public record Index(String collection, String nameField) {
    }

    /** Implemented by a read model that lists its documents with a StoreListing: the indexes those need. */
    public interface Listed {
        List<Index> listings();
    }

    private final MongoOperations mongo;
    private final Criteria criteria;
    private final String nameField;
    private final Class<T> type;
    private final String collection;

    public StoreListing(MongoOperations mongo, Criteria criteria, String nameField, Class<T> type, String collection) {
        this.mongo = mongo;
        this.criteria = criteria;
        this.nameField = nameField;
        this.type = type;
        this.collection = collection;
    }

    /** The index a listing by {@code nameField} is answered from (name, then {@code _id}); idempotent. */
    public static void ensureIndex(MongoOperations mongo, String collection, String nameField) {
        mongo.indexOps(collection).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on(nameField, Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named(nameField + "_id"));
    }

    @Override
    public long count() {
        return mongo.count(Query.query(criteria), collection);
    }

    @Override
    public long countBefore(Connection.Key key, boolean inclusive) {
        Criteria sameName = Criteria.where(nameField).is(key.name());
        sameName = inclusive ? sameName.and("_id").lte(key.id()) : sameName.and("_id").lt(key.id());
        Criteria before = new Criteria().orOperator(Criteria.where(nameField).lt(key.name()), sameName);
        return mongo.count(Query.query(new Criteria().andOperator(criteria, before)), collection);
    }

    @Override
    public List<T> slice(long from, int size) {
        Query query = Query.query(criteria)
                           .with(Sort.by(Sort.Order.asc(nameField), Sort.Order.asc("_id")))
                           .skip(from)
                           .limit(size);
        return mongo.find(query, type, collection);
    }
}
