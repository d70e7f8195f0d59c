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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class ComponentReadModel implements DocumentsReadById {

    private final MongoTemplate mongo;

    ComponentReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
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
    public List<ComponentDocument> list(String sector, String category, String hsPrefix) {
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
        return mongo.find(Query.query(new Criteria().andOperator(criteria)), ComponentDocument.class,
                ComponentDocument.COLLECTION);
    }

    /** The components whose HS code starts with a 4- or 6-digit {@code prefix}, from the prefix index by {@code _id}. */
    public List<String> withHsPrefix(String prefix) {
        HsPrefixDocument index = mongo.findById(prefix, HsPrefixDocument.class, HsPrefixDocument.COLLECTION);
        return index == null ? List.of() : index.componentIds();
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
