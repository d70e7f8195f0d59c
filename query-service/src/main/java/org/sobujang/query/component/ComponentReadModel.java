package org.sobujang.query.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.DocumentsReadById;
import org.sobujang.query.readstore.StoreListing;
import org.sobujang.query.web.ClientErrors;
import org.sobujang.query.web.Connection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class ComponentReadModel implements DocumentsReadById, StoreListing.Listed {

    private final MongoTemplate mongo;

    ComponentReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The registered component, or NOT_FOUND: the one answer every query gives for an unknown component id. */
    public ComponentDocument require(String id) {
        return find(id).orElseThrow(() -> new ClientErrors.NotFound("No component with id '" + id + "'"));
    }

    public Optional<ComponentDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ComponentDocument.class, ComponentDocument.COLLECTION))
                       .filter(c -> c.name() != null);
    }

    public Map<String, ComponentDocument> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, ids, ComponentDocument.class, ComponentDocument.COLLECTION)
                    .stream().filter(c -> c.name() != null)
                    .collect(Collectors.toMap(ComponentDocument::id, Function.identity()));
    }

    /** Scans by the stored fields; the date-dependent {@code restricted} filter is the caller's. */
    /** Every registered component matching the filters (each may be null). */
    public List<ComponentDocument> list(String sector, String category, String hsPrefix) {
        return mongo.find(Query.query(criteria(sector, category, hsPrefix)), ComponentDocument.class,
                ComponentDocument.COLLECTION);
    }

    /** The same, in the listing order (name, then id), for paging in the store. */
    public Connection.Listing<ComponentDocument> listing(String sector, String category, String hsPrefix) {
        return new StoreListing<>(mongo, criteria(sector, category, hsPrefix), "name", ComponentDocument.class,
                                  ComponentDocument.COLLECTION);
    }

    private static Criteria criteria(String sector, String category, String hsPrefix) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(Criteria.where("name").exists(true));
        if (sector != null) {
            criteria.add(Criteria.where("sector").is(sector));
        }
        if (category != null) {
            criteria.add(Criteria.where("category").is(category));
        }
        if (hsPrefix != null) {
            criteria.add(Criteria.where("hsCode").regex("^" + hsPrefix));
        }
        return new Criteria().andOperator(criteria);
    }

    /** The components whose HS code starts with a 4- or 6-digit {@code prefix}, from the prefix index by {@code _id}. */
    public List<String> withHsPrefix(String prefix) {
        HsPrefixDocument index = mongo.findById(prefix, HsPrefixDocument.class, HsPrefixDocument.COLLECTION);
        return index == null ? List.of() : index.componentIds();
    }

    /** Listed by name, then id: the index such a listing is answered from. */
    @Override
    public List<StoreListing.Index> listings() {
        return List.of(new StoreListing.Index(ComponentDocument.COLLECTION, "name"));
    }

    /** The documents this feature's readers fetch by id per request, for a read cache to keep warm. */
    @Override
    public List<DocumentsReadById.Target> readById() {
        return List.of(DocumentsReadById.whole(ComponentDocument.COLLECTION, ComponentDocument.class));
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
