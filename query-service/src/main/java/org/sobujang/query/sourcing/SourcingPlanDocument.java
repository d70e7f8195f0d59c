package org.sobujang.query.sourcing;

import java.util.Map;

/**
 * A whole sourcing plan as its readers see it: every change ever recorded, by change id, retractions applied. It is
 * stored in parts of bounded size, a {@link PlanHeadDocument} and its {@link PlanChunkDocument}s, which
 * {@link SourcingReadModel} puts together.
 */
public record SourcingPlanDocument(String id, String buyerId, String componentId,
                                   Map<String, ChangeDocument> changes) {

    public SourcingPlanDocument {
        changes = changes == null ? Map.of() : changes;
    }

    /** Ids are restricted to [A-Za-z0-9_-], so '/' separates the two parts unambiguously. */
    public static String idOf(String buyerId, String componentId) {
        return buyerId + "/" + componentId;
    }
}
