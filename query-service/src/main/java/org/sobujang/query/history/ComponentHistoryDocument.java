package org.sobujang.query.history;

import java.util.Map;

import org.springframework.data.annotation.Id;

/** Collection {@code component_history}, {@code _id} component id: event identifier → entry, so replays overwrite. */
public record ComponentHistoryDocument(@Id String id, Map<String, HistoryEntryDocument> entries) {

    public static final String COLLECTION = "component_history";

    public ComponentHistoryDocument {
        entries = entries == null ? Map.of() : entries;
    }
}
