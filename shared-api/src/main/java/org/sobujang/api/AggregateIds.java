package org.sobujang.api;

/**
 * Aggregate identifiers share one column in the event store, so a firm and a component with the
 * same client id would collide. Every aggregate id is therefore prefixed by its kind; the prefix
 * never appears in the public API.
 */
public final class AggregateIds {

    private AggregateIds() {
    }

    public static String firm(String firmId) {
        return "firm:" + firmId;
    }

    public static String component(String componentId) {
        return "component:" + componentId;
    }

    /** Ids are restricted to {@code [A-Za-z0-9_-]}, so '/' cannot occur inside either part. */
    public static String sourcingPlan(String buyerId, String componentId) {
        return "plan:" + buyerId + "/" + componentId;
    }

    public static String partnership(String partnershipId) {
        return "partnership:" + partnershipId;
    }

    public static String coreItemList(String listId) {
        return "core-item-list:" + listId;
    }

    /** One aggregate per statistic key, so a re-import of the same figure is recognised and a changed one revises it. */
    public static String tradeStatistic(String source, String reporter, java.time.YearMonth period, String partner,
                                        String hsCode, String flow) {
        return "trade:" + source + "/" + reporter + "/" + period + "/" + partner + "/" + hsCode + "/" + flow;
    }
}
