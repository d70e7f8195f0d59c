package org.sobujang.standalone.readcache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.CollectionPreparer;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.MongoWriter;
import org.springframework.data.mongodb.core.query.Collation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import org.springframework.data.util.Pair;

/**
 * A {@link MongoTemplate} that keeps the documents it has read by {@code _id} in memory, for a process that is the
 * <em>only writer</em> of its read store: the embedded default, where every projection runs in the same process and
 * writes through this template. The read store of the embedded default (mongo-java-server on H2) answers a few
 * thousand {@code _id} lookups per second at best; a query such as {@code dependencyRisk} needs eight of them.
 *
 * <p>What is cached: the answers of {@link #findById} and of {@link #find} whose query is exactly {@code _id = x} or
 * {@code _id $in [...]} (string ids, no sort, skip, limit or collation; an included-fields projection is part of
 * the cache key), including "no such document". Nothing else.
 *
 * <p>Coherence: every write through this template (update, upsert, remove, insert, save, find-and-modify, replace,
 * bulk write, drop) evicts the documents its query names, or the whole collection when the query is not by
 * {@code _id}, <em>after</em> the write returned. A read that missed puts what it loaded only if no write to that
 * collection completed since before it started loading; the check and the put happen under the same lock as a
 * writer's eviction, so a document loaded before a write can never be put back after that write's eviction. A
 * read-your-writes query is therefore still exact: a projection's writes are evicted before its token is stored.
 *
 * <p>Not coherent with writes this process does not make: several query-service processes sharing one read store,
 * or writes through the raw driver. That is why it is off by default ({@code sobujang.read-cache.enabled}) and on
 * only in the embedded default. Returned documents are shared between callers and must not be modified.
 */
public class CachingMongoTemplate extends MongoTemplate {

    /** Marks an id known to have no document (for this variant). */
    private static final Object ABSENT = new Object();

    private record Key(String collection, String id) {
    }

    /** The shape a document was read in: its Java type and the fields fetched ("" = all). */
    private record Variant(Class<?> type, String fields) {
    }

    private final Cache<Key, Map<Variant, Object>> cache;
    private final long maxDocuments;
    /** Per collection and shape being warmed ({@link #warm}): what to load next time. */
    private final Map<String, Map<Variant, Refill>> refills = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    public CachingMongoTemplate(MongoDatabaseFactory factory, MongoConverter converter, long maxDocuments) {
        super(factory, converter);
        this.maxDocuments = maxDocuments;
        this.cache = Caffeine.newBuilder().maximumSize(maxDocuments).recordStats().build();
    }

    /** For metrics. */
    public Cache<?, ?> cache() {
        return cache;
    }

    // ------------------------------------------------------------------ reads

    @Override
    public <T> T findById(Object id, Class<T> entityClass, String collectionName) {
        if (!(id instanceof String key) || idProperty(entityClass) == null) {
            return super.findById(id, entityClass, collectionName);
        }
        List<T> found = cachedFind(collectionName, List.of(key), entityClass, new Document());
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public <T> List<T> find(Query query, Class<T> entityClass, String collectionName) {
        List<String> ids = cacheableIds(query);
        if (ids == null || idProperty(entityClass) == null) {
            return super.find(query, entityClass, collectionName);
        }
        return cachedFind(collectionName, ids, entityClass, query.getFieldsObject());
    }

    private <T> List<T> cachedFind(String collection, List<String> ids, Class<T> type, Document fields) {
        Variant variant = new Variant(type, fields.isEmpty() ? "" : fields.toJson());
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Map<Variant, Object> slot = cache.getIfPresent(new Key(collection, id));
            Object known = slot == null ? null : slot.get(variant);
            answers.put(id, known);
            if (known == null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            AtomicLong generation = generation(collection);
            long before = generation.get();
            Query load = Query.query(Criteria.where("_id").in(missing));
            fields.forEach((field, value) -> load.fields().include(field));
            Map<String, Object> loaded = new LinkedHashMap<>();
            for (T document : super.find(load, type, collection)) {
                loaded.put(idOf(document), document);
            }
            afterLoad(collection);
            synchronized (generation) {
                boolean unchanged = generation.get() == before;
                for (String id : missing) {
                    Object value = loaded.getOrDefault(id, ABSENT);
                    answers.put(id, value);
                    if (unchanged) {
                        cache.get(new Key(collection, id), k -> new ConcurrentHashMap<>()).put(variant, value);
                    }
                }
            }
        }
        List<T> result = new ArrayList<>(answers.size());
        for (Object value : answers.values()) {
            if (value != ABSENT) {
                result.add(type.cast(value));
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ warming

    /** How many writes this template has made to {@code collection} so far (any write counts, eviction or not). */
    public long writesTo(String collection) {
        return generation(collection).get();
    }

    /** How many documents (by collection and id) the cache holds, approximately. */
    public long cachedDocuments() {
        return cache.estimatedSize();
    }

    /**
     * What the next warm-up of one collection in one shape loads: everything ({@code scan}: the first warm-up, or
     * after a write not by id, or more evictions than are worth remembering), else the ids written since.
     */
    private static final class Refill {

        private static final int MAX_IDS = 100_000;

        private boolean scan = true;
        private final Set<String> ids = new LinkedHashSet<>();

        synchronized void note(Collection<String> written) {
            if (scan) {
                return;
            }
            if (written == null || ids.size() + written.size() > MAX_IDS) {
                scan = true;
                ids.clear();
            } else {
                ids.addAll(written);
            }
        }

        /** The ids to load, or null for all of them; either way the refill starts over empty. */
        synchronized List<String> take() {
            List<String> taken = scan ? null : new ArrayList<>(ids);
            scan = false;
            ids.clear();
            return taken;
        }
    }

    /**
     * Loads the documents of {@code collection} in this shape ({@code type}, and only {@code fields} when given)
     * that the cache lacks: on the first call for a shape, or after a write not by id, every document of the
     * collection; after that, those written through this template since the last call — so a burst of writes costs
     * a reload of what it wrote, not a scan. {@code chunk} ids at a time through the ordinary read path: a chunk
     * during whose load the collection was written is returned but not kept, exactly as for any other read, and its
     * ids are noted for the next call. Stops before the cache would hold more than its maximum size, so warming
     * never evicts what reads put there.
     *
     * @return how many documents were loaded and kept
     */
    public int warm(String collection, Class<?> type, List<String> fields, int chunk) {
        Document fieldsObject = new Document();
        if (fields != null) {
            fields.forEach(field -> fieldsObject.append(field, 1));
        }
        Variant variant = new Variant(type, fieldsObject.isEmpty() ? "" : fieldsObject.toJson());
        Refill refill = refills.computeIfAbsent(collection, c -> new ConcurrentHashMap<>())
                               .computeIfAbsent(variant, v -> new Refill());
        List<String> candidates = refill.take();
        if (candidates == null) {
            candidates = new ArrayList<>();
            for (Document d : getCollection(collection).find().projection(new Document("_id", 1))) {
                if (d.get("_id") instanceof String id) {
                    candidates.add(id);
                }
            }
        }
        List<String> missing = candidates.stream().filter(id -> !holds(collection, id, variant)).toList();
        int loaded = 0;
        for (int from = 0; from < missing.size(); from += chunk) {
            List<String> ids = missing.subList(from, Math.min(from + chunk, missing.size()));
            if (cache.estimatedSize() + ids.size() > maxDocuments) {
                break;
            }
            List<?> found = cachedFind(collection, ids, type, fieldsObject);
            refill.note(ids.stream().filter(id -> !holds(collection, id, variant)).toList());
            loaded += (int) found.stream().map(this::idOf).filter(id -> holds(collection, id, variant)).count();
        }
        return loaded;
    }

    private boolean holds(String collection, String id, Variant variant) {
        Map<Variant, Object> slot = cache.getIfPresent(new Key(collection, id));
        return slot != null && slot.containsKey(variant);
    }

    /** The ids of a query that is exactly {@code _id = "x"} or {@code _id $in ["x", ...]}, else null. */
    static List<String> cacheableIds(Query query) {
        Document filter = query.getQueryObject();
        if (filter.size() != 1 || !filter.containsKey("_id") || !query.getSortObject().isEmpty()
            || query.getSkip() != 0 || query.isLimited() || query.getCollation().isPresent()
            || query.getHint() != null || query.getMeta().hasValues()) {
            return null;
        }
        Document fields = query.getFieldsObject();
        for (Object inclusion : fields.values()) {
            if (!Objects.equals(inclusion, 1) && !Objects.equals(inclusion, true)) {
                return null;
            }
        }
        return stringIds(filter.get("_id"));
    }

    /** {@code "x"} → [x]; {@code {$in: [...]}} of strings → the list; anything else → null. */
    private static List<String> stringIds(Object idCondition) {
        if (idCondition instanceof String id) {
            return List.of(id);
        }
        if (idCondition instanceof Document condition && condition.size() == 1
            && condition.get("$in") instanceof Collection<?> values) {
            List<String> ids = new ArrayList<>(values.size());
            for (Object value : values) {
                if (!(value instanceof String id)) {
                    return null;
                }
                ids.add(id);
            }
            return ids;
        }
        return null;
    }

    private Object idProperty(Class<?> type) {
        PersistentEntity<?, ?> entity = getConverter().getMappingContext().getPersistentEntity(type);
        return entity == null ? null : entity.getIdProperty();
    }

    private String idOf(Object document) {
        PersistentEntity<?, ?> entity = getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass());
        return String.valueOf(entity.getIdentifierAccessor(document).getIdentifier());
    }

    // ------------------------------------------------------------------ writes: evict after the write

    private AtomicLong generation(String collection) {
        return generations.computeIfAbsent(collection, c -> new AtomicLong());
    }

    /** Evicts these ids of {@code collection}, or all of it when {@code ids} is null (not a query by id). */
    void evict(String collection, Collection<String> ids) {
        AtomicLong generation = generation(collection);
        synchronized (generation) {
            generation.incrementAndGet();
            if (ids == null) {
                cache.asMap().keySet().removeIf(key -> key.collection().equals(collection));
            } else {
                ids.forEach(id -> cache.invalidate(new Key(collection, id)));
            }
        }
        Map<Variant, Refill> warming = refills.get(collection);
        if (warming != null) {
            warming.values().forEach(refill -> refill.note(ids));
        }
    }

    private static List<String> idsOf(Document filter) {
        return filter != null && filter.size() == 1 && filter.containsKey("_id") ? stringIds(filter.get("_id")) : null;
    }

    private static List<String> idsOf(Query query) {
        return query == null ? null : idsOf(query.getQueryObject());
    }

    @Override
    protected UpdateResult doUpdate(String collectionName, Query query, UpdateDefinition update, Class<?> entityClass,
                                    boolean upsert, boolean multi) {
        try {
            return super.doUpdate(collectionName, query, update, entityClass, upsert, multi);
        } finally {
            evict(collectionName, idsOf(query));
        }
    }

    @Override
    protected <T> DeleteResult doRemove(String collectionName, Query query, Class<T> entityClass, boolean multi) {
        try {
            return super.doRemove(collectionName, query, entityClass, multi);
        } finally {
            evict(collectionName, idsOf(query));
        }
    }

    @Override
    protected <T> T doInsert(String collectionName, T objectToSave, MongoWriter<T> writer) {
        try {
            return super.doInsert(collectionName, objectToSave, writer);
        } finally {
            evict(collectionName, null);
        }
    }

    @Override
    protected <T> Collection<T> doInsertBatch(String collectionName, Collection<? extends T> batchToSave,
                                              MongoWriter<T> writer) {
        try {
            return super.doInsertBatch(collectionName, batchToSave, writer);
        } finally {
            evict(collectionName, null);
        }
    }

    @Override
    protected <T> T doSave(String collectionName, T objectToSave, MongoWriter<T> writer) {
        try {
            return super.doSave(collectionName, objectToSave, writer);
        } finally {
            evict(collectionName, null);
        }
    }

    @Override
    protected <T> T doFindAndRemove(CollectionPreparer collectionPreparer, String collectionName, Document query,
                                    Document fields, Document sort, Collation collation, Class<T> entityClass) {
        try {
            return super.doFindAndRemove(collectionPreparer, collectionName, query, fields, sort, collation,
                    entityClass);
        } finally {
            evict(collectionName, idsOf(query));
        }
    }

    @Override
    protected <T> T doFindAndModify(CollectionPreparer collectionPreparer, String collectionName, Document query,
                                    Document fields, Document sort, Class<T> entityClass, UpdateDefinition update,
                                    FindAndModifyOptions options) {
        try {
            return super.doFindAndModify(collectionPreparer, collectionName, query, fields, sort, entityClass, update,
                    options);
        } finally {
            evict(collectionName, idsOf(query));
        }
    }

    @Override
    protected <T> T doFindAndReplace(CollectionPreparer collectionPreparer, String collectionName, Document mappedQuery,
                                     Document mappedFields, Document mappedSort,
                                     com.mongodb.client.model.Collation collation, Class<?> entityType,
                                     Document replacement, FindAndReplaceOptions options, Class<T> resultType) {
        try {
            return super.doFindAndReplace(collectionPreparer, collectionName, mappedQuery, mappedFields, mappedSort,
                    collation, entityType, replacement, options, resultType);
        } finally {
            evict(collectionName, idsOf(mappedQuery));
        }
    }

    @Override
    protected <S, T> UpdateResult replace(Query query, Class<S> entityType, T replacement,
                                          org.springframework.data.mongodb.core.ReplaceOptions options,
                                          String collectionName) {
        try {
            return super.replace(query, entityType, replacement, options, collectionName);
        } finally {
            evict(collectionName, idsOf(query));
        }
    }

    @Override
    public void dropCollection(String collectionName) {
        try {
            super.dropCollection(collectionName);
        } finally {
            evict(collectionName, null);
        }
    }

    @Override
    public BulkOperations bulkOps(BulkOperations.BulkMode mode, String collectionName) {
        return new EvictingBulk(super.bulkOps(mode, collectionName), collectionName);
    }

    @Override
    public BulkOperations bulkOps(BulkOperations.BulkMode mode, Class<?> entityClass) {
        return new EvictingBulk(super.bulkOps(mode, entityClass), getCollectionName(entityClass));
    }

    @Override
    public BulkOperations bulkOps(BulkOperations.BulkMode mode, Class<?> entityType, String collectionName) {
        return new EvictingBulk(super.bulkOps(mode, entityType, collectionName), collectionName);
    }

    /** Collects the ids a bulk write touches and evicts them once it was sent, whether it succeeded or not. */
    private final class EvictingBulk implements BulkOperations {

        private final BulkOperations delegate;
        private final String collection;
        private final Set<String> ids = new LinkedHashSet<>();
        private boolean everything;

        EvictingBulk(BulkOperations delegate, String collection) {
            this.delegate = delegate;
            this.collection = collection;
        }

        private void touches(Query query) {
            List<String> named = idsOf(query);
            if (named == null) {
                everything = true;
            } else {
                ids.addAll(named);
            }
        }

        @Override
        public BulkOperations insert(Object document) {
            everything = true;
            delegate.insert(document);
            return this;
        }

        @Override
        public BulkOperations insert(List<? extends Object> documents) {
            everything = true;
            delegate.insert(documents);
            return this;
        }

        @Override
        public BulkOperations updateOne(Query query, UpdateDefinition update) {
            touches(query);
            delegate.updateOne(query, update);
            return this;
        }

        @Override
        public BulkOperations updateOne(List<Pair<Query, UpdateDefinition>> updates) {
            updates.forEach(p -> touches(p.getFirst()));
            delegate.updateOne(updates);
            return this;
        }

        @Override
        public BulkOperations updateMulti(Query query, UpdateDefinition update) {
            touches(query);
            delegate.updateMulti(query, update);
            return this;
        }

        @Override
        public BulkOperations updateMulti(List<Pair<Query, UpdateDefinition>> updates) {
            updates.forEach(p -> touches(p.getFirst()));
            delegate.updateMulti(updates);
            return this;
        }

        @Override
        public BulkOperations upsert(Query query, UpdateDefinition update) {
            touches(query);
            delegate.upsert(query, update);
            return this;
        }

        @Override
        public BulkOperations upsert(List<Pair<Query, Update>> updates) {
            updates.forEach(p -> touches(p.getFirst()));
            delegate.upsert(updates);
            return this;
        }

        @Override
        public BulkOperations remove(Query query) {
            touches(query);
            delegate.remove(query);
            return this;
        }

        @Override
        public BulkOperations remove(List<Query> removes) {
            removes.forEach(this::touches);
            delegate.remove(removes);
            return this;
        }

        @Override
        public BulkOperations replaceOne(Query query, Object replacement, FindAndReplaceOptions options) {
            touches(query);
            delegate.replaceOne(query, replacement, options);
            return this;
        }

        @Override
        public BulkWriteResult execute() {
            try {
                return delegate.execute();
            } finally {
                evict(collection, everything ? null : List.copyOf(ids));
                ids.clear();
                everything = false;
            }
        }
    }

    /** Between a missed read's load and its put (tests interleave a write here). */
    protected void afterLoad(String collection) {
    }

    /** Whether a document is cached for {@code id} in any shape (tests). */
    boolean isCached(String collection, String id) {
        return Optional.ofNullable(cache.getIfPresent(new Key(collection, id))).map(m -> !m.isEmpty()).orElse(false);
    }
}
