package org.sobujang.query.sourcing;

import java.util.List;

import org.springframework.data.annotation.Id;

/** Collection {@code buyer_plans}, {@code _id} buyer id: the components the buyer has recorded sourcing for. */
public record BuyerPlansDocument(@Id String id, List<String> componentIds) {

    public static final String COLLECTION = "buyer_plans";

    public BuyerPlansDocument {
        componentIds = componentIds == null ? List.of() : componentIds;
    }
}
