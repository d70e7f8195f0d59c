package org.sobujang.query.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.sobujang.query.readstore.Documents;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Collection {@code component_history}: event identifier → entry, so replays overwrite. The read store rewrites a
 * whole document on every update, so a component's entries are spread over documents of bounded size:
 * <ul>
 * <li><b>Leaves</b>, {@code _id} "componentId@stream#k": the entries of the events of one event stream (the
 *     aggregate that recorded them: the component, a plan, a partnership, a firm, a list) with sequence numbers
 *     {@code k·EVENTS} to {@code (k+1)·EVENTS - 1} that touch the component — at most {@link #EVENTS}, by
 *     construction, however long the stream or the component's history.</li>
 * <li>The <b>directory</b>, {@code _id} "componentId@streams": {@code streams}, stream → the highest leaf number
 *     written, raised with {@code $max}. One field per stream that ever touched the component, whatever the number of
 *     its events.</li>
 * </ul>
 * A leaf and the directory entry depend on the event alone, and both writes ({@code $set} of the entry, {@code $max})
 * can be repeated and applied in any order: events of different streams, handled by different segments, never
 * overwrite one another, and a replayed batch rewrites what it wrote. A stream's events touching a component need
 * not be consecutive in the stream (a firm's capabilities of many components), so a leaf may hold fewer; the
 * history query asks for every leaf number up to the highest and is answered the ones there are.
 *
 * <p>Documents of the two earlier layouts are still read: one per component ({@code _id} the component id) and
 * sixteen buckets per component by the event identifier's hash ({@code _id} "componentId#0" to "#15"). They no
 * longer grow; a replay of the history processor removes them.
 *
 * @param entries a leaf's entries (or an earlier layout's), by event identifier
 * @param streams the directory's highest leaf number per stream ({@link #streamKey})
 */
public record ComponentHistoryDocument(@Id String id, Map<String, HistoryEntryDocument> entries,
                                       Map<String, Long> streams) {

    public static final String COLLECTION = "component_history";

    /** Events per leaf: a new entry rewrites one leaf, so its cost does not grow with the history. */
    static final int EVENTS = 16;

    /** The buckets of the hash layout, read for documents written in it. */
    private static final int HASH_BUCKETS = 16;

    public ComponentHistoryDocument {
        entries = entries == null ? Map.of() : entries;
        streams = streams == null ? Map.of() : streams;
    }

    /** Ids are restricted to [A-Za-z0-9_-], so '@' ends the component id unambiguously. */
    static String directoryOf(String componentId) {
        return componentId + "@streams";
    }

    /** A stream's leaf ids end in '#' and a number, which the directory's id does not. */
    static String leafOf(String componentId, String streamKey, long leaf) {
        return componentId + "@" + streamKey + "#" + leaf;
    }

    static long leafOf(long sequence) {
        return sequence / EVENTS;
    }

    /**
     * A stream's aggregate identifier as a field name of {@code streams}: '.' would split the path and a leading
     * '$' name an operator, so those (and '%', the escape) are percent-encoded. The aggregate identifiers this
     * system writes contain none of them.
     */
    static String streamKey(String aggregateId) {
        String key = aggregateId.replace("%", "%25").replace(".", "%2E");
        return key.startsWith("$") ? "%24" + key.substring(1) : key;
    }

    /** Every entry of the component, by event identifier (an entry in two documents is one entry). */
    static Map<String, HistoryEntryDocument> entriesOf(MongoOperations mongo, String componentId) {
        List<ComponentHistoryDocument> documents = new ArrayList<>(Documents.findByIds(mongo,
                Stream.concat(Stream.of(directoryOf(componentId)), earlierLayoutIds(componentId)).toList(),
                ComponentHistoryDocument.class, COLLECTION));
        List<String> leaves = new ArrayList<>();
        documents.forEach(document -> document.streams().forEach((stream, highest) -> {
            for (long leaf = 0; leaf <= highest; leaf++) {
                leaves.add(leafOf(componentId, stream, leaf));
            }
        }));
        documents.addAll(Documents.findByIds(mongo, leaves, ComponentHistoryDocument.class, COLLECTION));
        return entriesOf(documents);
    }

    /** The documents of one component in the two earlier layouts. */
    private static Stream<String> earlierLayoutIds(String componentId) {
        return Stream.concat(Stream.of(componentId),
                IntStream.range(0, HASH_BUCKETS).mapToObj(k -> componentId + "#" + k));
    }

    private static Map<String, HistoryEntryDocument> entriesOf(Collection<ComponentHistoryDocument> documents) {
        Map<String, HistoryEntryDocument> all = new LinkedHashMap<>();
        documents.forEach(d -> all.putAll(d.entries()));
        return all;
    }
}
