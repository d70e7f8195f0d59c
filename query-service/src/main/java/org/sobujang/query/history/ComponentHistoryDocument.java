package org.sobujang.query.history;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code component_history}: event identifier → entry, so replays overwrite. A component's entries are
 * spread over {@link #BUCKETS} documents, {@code _id} "componentId#k" with k from the event identifier's hash: the
 * read store rewrites a whole document on every update, so one document per component made each new entry cost as
 * much as the component's whole history (quadratic over a replay). Documents written before the buckets, with
 * {@code _id} the component id, are still read.
 */
public record ComponentHistoryDocument(@Id String id, Map<String, HistoryEntryDocument> entries) {

    public static final String COLLECTION = "component_history";

    /** Documents per component; fixed, because an entry's document is derived from it. */
    static final int BUCKETS = 16;

    public ComponentHistoryDocument {
        entries = entries == null ? Map.of() : entries;
    }

    /** Ids are restricted to [A-Za-z0-9_-], so '#' separates the two parts unambiguously. */
    static String bucketOf(String componentId, String eventId) {
        return componentId + "#" + Math.floorMod(eventId.hashCode(), BUCKETS);
    }

    /** Every document that may hold entries of the component: its buckets and the pre-bucket document. */
    static List<String> idsOf(String componentId) {
        return Stream.concat(Stream.of(componentId),
                IntStream.range(0, BUCKETS).mapToObj(k -> componentId + "#" + k)).toList();
    }

    /** The entries of several documents of one component, by event identifier (an entry in two is one entry). */
    static Map<String, HistoryEntryDocument> entriesOf(Collection<ComponentHistoryDocument> documents) {
        Map<String, HistoryEntryDocument> all = new LinkedHashMap<>();
        documents.forEach(d -> all.putAll(d.entries()));
        return all;
    }
}
