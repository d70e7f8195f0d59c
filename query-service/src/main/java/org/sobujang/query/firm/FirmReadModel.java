package org.sobujang.query.firm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.DocumentsReadById;
import org.sobujang.query.readstore.StoreListing;
import org.sobujang.query.web.ClientErrors;
import org.sobujang.query.web.Connection;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

@Component
public class FirmReadModel implements DocumentsReadById, StoreListing.Listed {

    private final MongoTemplate mongo;
    private final SobujangProperties settings;

    FirmReadModel(MongoTemplate mongo, SobujangProperties settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    /** The registered firm, or NOT_FOUND: the one answer every query gives for an unknown firm id. */
    public FirmDocument require(String id) {
        return find(id).orElseThrow(() -> new ClientErrors.NotFound("No firm with id '" + id + "'"));
    }

    public Optional<FirmDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FirmDocument.class, FirmDocument.COLLECTION))
                       .filter(f -> f.name() != null);
    }

    public Map<String, FirmDocument> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, ids, FirmDocument.class, FirmDocument.COLLECTION)
                        .stream().collect(Collectors.toMap(FirmDocument::id, Function.identity()));
    }

    /**
     * Firm id → country of the registered firms among {@code ids}. Only the country field is fetched: the risk and
     * national views need nothing else of the thousands of firms involved, and a firm document also carries all of
     * its capabilities.
     */
    public Map<String, String> countriesOf(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, ids, FirmDocument.class, FirmDocument.COLLECTION, List.of("country"))
                        .stream().filter(f -> f.country() != null)
                        .collect(Collectors.toMap(FirmDocument::id, FirmDocument::country));
    }

    public Map<String, ComponentCapabilitiesDocument> capabilitiesOf(Collection<String> componentIds) {
        if (componentIds.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, componentIds, ComponentCapabilitiesDocument.class,
                            ComponentCapabilitiesDocument.COLLECTION)
                    .stream().collect(Collectors.toMap(ComponentCapabilitiesDocument::id, Function.identity()));
    }

    /** Scans: the firm register is small, and the order is applied by the caller's paging. */
    /** The registered firms matching {@code filter}, in the listing order (name, then id), paged in the store. */
    public Connection.Listing<FirmDocument> list(FirmFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter != null) {
            if (filter.country() != null) {
                criteria.add(Criteria.where("country").is(filter.country()));
            }
            if (filter.size() != null) {
                criteria.add(Criteria.where("size").is(filter.size().name()));
            }
            if (filter.domestic() != null) {
                criteria.add(filter.domestic() ? Criteria.where("country").is(settings.homeCountry())
                        : Criteria.where("country").ne(settings.homeCountry()));
            }
            if (filter.nameContains() != null && !filter.nameContains().isEmpty()) {
                criteria.add(Criteria.where("name").regex(Pattern.quote(filter.nameContains()), "i"));
            }
        }
        // Upserts could in principle leave a document without its registration; such a stub is no firm to list.
        criteria.add(Criteria.where("name").exists(true));
        return new StoreListing<>(mongo, new Criteria().andOperator(criteria), "name", FirmDocument.class,
                                  FirmDocument.COLLECTION);
    }

    /** Listed by name, then id: the index such a listing is answered from. */
    @Override
    public List<StoreListing.Index> listings() {
        return List.of(new StoreListing.Index(FirmDocument.COLLECTION, "name"));
    }

    /** The documents this feature's readers fetch by id per request, for a read cache to keep warm. */
    @Override
    public List<DocumentsReadById.Target> readById() {
        return List.of(DocumentsReadById.whole(ComponentCapabilitiesDocument.COLLECTION,
                                               ComponentCapabilitiesDocument.class),
                       DocumentsReadById.whole(FirmDocument.COLLECTION, FirmDocument.class),
                       new DocumentsReadById.Target(FirmDocument.COLLECTION, FirmDocument.class, List.of("country")));
    }

    @Override
    public int getOrder() {
        return 2;
    }
}
