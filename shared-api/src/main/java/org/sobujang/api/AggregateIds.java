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

    /**
     * A partnership's stream. A client-chosen partnership id is unique per pair of parties only, so that a firm
     * registering an id cannot learn that firms it has nothing to do with already use it.
     */
    public static String partnership(String buyerId, String supplierId, String partnershipId) {
        return PARTNERSHIP + buyerId + "/" + supplierId + "/" + partnershipId;
    }

    /** The stream of a partnership registered before ids were scoped by their parties: its id alone. */
    public static String legacyPartnership(String partnershipId) {
        return PARTNERSHIP + partnershipId;
    }

    /** The key a read model keeps a partnership under: its stream id without the kind. */
    public static String partnershipKey(String streamId) {
        return streamId.startsWith(PARTNERSHIP) ? streamId.substring(PARTNERSHIP.length()) : streamId;
    }

    private static final String PARTNERSHIP = "partnership:";

    public static String coreItemList(String listId) {
        return "core-item-list:" + listId;
    }

    /** One aggregate per statistic key, so a re-import of the same figure is recognised and a changed one revises it. */
    public static String tradeStatistic(String source, String reporter, java.time.YearMonth period, String partner,
                                        String hsCode, String flow) {
        return "trade:" + source + "/" + reporter + "/" + period + "/" + partner + "/" + hsCode + "/" + flow;
    }
}
