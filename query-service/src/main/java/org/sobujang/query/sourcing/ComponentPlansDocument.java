package org.sobujang.query.sourcing;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code component_plans}, {@code _id} component id: the buyers that have recorded sourcing for it. The
 * national view and progress pool a component's plans through it instead of scanning every plan.
 */
public record ComponentPlansDocument(@Id String id, List<String> buyerIds) {

    public static final String COLLECTION = "component_plans";

    public ComponentPlansDocument {
        buyerIds = buyerIds == null ? List.of() : buyerIds;
    }
}
