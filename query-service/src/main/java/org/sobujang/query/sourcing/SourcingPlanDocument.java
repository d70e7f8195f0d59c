package org.sobujang.query.sourcing;

import java.util.Map;

import org.springframework.data.annotation.Id;

/** Collection {@code sourcing_plans}, {@code _id} "buyerId/componentId": every change ever recorded, by change id. */
public record SourcingPlanDocument(@Id String id, String buyerId, String componentId,
                                   Map<String, ChangeDocument> changes) {

    public static final String COLLECTION = "sourcing_plans";

    public SourcingPlanDocument {
        changes = changes == null ? Map.of() : changes;
    }

    /** Ids are restricted to [A-Za-z0-9_-], so '/' separates the two parts unambiguously. */
    public static String idOf(String buyerId, String componentId) {
        return buyerId + "/" + componentId;
    }
}
