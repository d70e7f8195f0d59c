package org.sobujang.query.partnership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class PartnershipReadModel implements DocumentsReadById {

    private final MongoTemplate mongo;

    PartnershipReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The partnerships of each component, by {@code _id}; components without any are absent. */
    public Map<String, ComponentPartnershipsDocument> ofComponents(Collection<String> componentIds) {
        if (componentIds.isEmpty()) {
            return Map.of();
        }
        return Documents.findByIds(mongo, componentIds, ComponentPartnershipsDocument.class,
                            ComponentPartnershipsDocument.COLLECTION)
                    .stream().collect(Collectors.toMap(ComponentPartnershipsDocument::id, Function.identity()));
    }

    /**
     * A component filter goes through the component's index document by {@code _id}; otherwise the register is
     * scanned by the stored fields (it is small, like the firm register). The latest stage is derived, so the
     * caller filters by it.
     */
    public List<PartnershipDocument> list(PartnershipFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(Criteria.where("kind").exists(true));
        if (filter.componentId() != null) {
            ComponentPartnershipsDocument index = mongo.findById(filter.componentId(),
                    ComponentPartnershipsDocument.class, ComponentPartnershipsDocument.COLLECTION);
            if (index == null) {
                return List.of();
            }
            criteria.add(Criteria.where("_id").in(index.partnerships().keySet()));
        }
        if (filter.buyerId() != null) {
            criteria.add(Criteria.where("buyerId").is(filter.buyerId()));
        }
        if (filter.supplierId() != null) {
            criteria.add(Criteria.where("supplierId").is(filter.supplierId()));
        }
        if (filter.kind() != null) {
            criteria.add(Criteria.where("kind").is(filter.kind()));
        }
        return mongo.find(Query.query(new Criteria().andOperator(criteria)), PartnershipDocument.class,
                PartnershipDocument.COLLECTION);
    }

    /** The documents this feature's readers fetch by id per request, for a read cache to keep warm. */
    @Override
    public List<DocumentsReadById.Target> readById() {
        return List.of(DocumentsReadById.whole(ComponentPartnershipsDocument.COLLECTION,
                                                 ComponentPartnershipsDocument.class));
    }

    @Override
    public int getOrder() {
        return 3;
    }
}
