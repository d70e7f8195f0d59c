package org.sobujang.query.history;

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
 */
public record HistoryEntryDocument(String type, String effectiveDate, String recordedAt, String summary,
                                   String aggregate, long sequence, Map<String, String> causedBy) {

    public HistoryEntryDocument {
        causedBy = causedBy == null ? Map.of() : causedBy;
    }
}
