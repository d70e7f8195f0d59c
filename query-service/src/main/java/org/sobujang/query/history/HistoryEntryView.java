package org.sobujang.query.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** GraphQL {@code HistoryEntry}; {@code causedBy} is null when the event's metadata names no cause. */
public record HistoryEntryView(String type, LocalDate effectiveDate, OffsetDateTime recordedAt, String summary,
                               CausedBy causedBy, String aggregate) {

    /** GraphQL {@code CausedBy}: whichever of these the event's metadata carries. */
    public record CausedBy(String principal, String correlationId, String traceId) {
    }
}
