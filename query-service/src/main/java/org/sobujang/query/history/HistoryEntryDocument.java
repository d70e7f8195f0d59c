package org.sobujang.query.history;

import java.util.List;
import java.util.Map;

/**
 * One event in a component's history.
 *
 * @param type          the event's class simple name
 * @param effectiveDate ISO date the fact took effect, null for facts without one (a registration, a retraction)
 * @param recordedAt    the event's timestamp as an ISO instant, kept as text so no precision is lost
 * @param aggregate     the kind of aggregate that recorded it: COMPONENT, SOURCING_PLAN, PARTNERSHIP, FIRM, ...
 * @param sequence      the aggregate's sequence number, ordering events recorded in the same instant
 * @param causedBy      who or what caused it, as far as the event's metadata says (principal, correlation, trace)
 * @param parties       the firms whose confidential business the entry is: a plan's buyer, a partnership's buyer and
 *                      supplier; empty for public entries (component, capability, core-item list)
 */
public record HistoryEntryDocument(String type, String effectiveDate, String recordedAt, String summary,
                                   String aggregate, long sequence, Map<String, String> causedBy,
                                   List<String> parties) {

    /** Aggregates whose events are public; everything else is some firm's business (fail closed on new kinds). */
    public static final java.util.Set<String> PUBLIC_AGGREGATES = java.util.Set.of("COMPONENT", "FIRM",
            "CORE_ITEM_LIST");

    public HistoryEntryDocument {
        causedBy = causedBy == null ? Map.of() : causedBy;
        parties = parties == null ? List.of() : parties;
    }

    public boolean isPublic() {
        return PUBLIC_AGGREGATES.contains(aggregate);
    }
}
