package org.sobujang.query.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection over an already filtered list. Cursors are opaque keyset positions (sort key and id), so a
 * page stays correct when entries are added before it between requests.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public static final int MAX_PAGE_SIZE = 100;

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /** The position of an item in the listing order: by name, then by id. */
    public record Key(String name, String id) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::name).thenComparing(Key::id);

        String encode() {
            // Ids are [A-Za-z0-9_-], so the last newline always separates the two parts.
            return Base64.getUrlEncoder().withoutPadding()
                         .encodeToString((name + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int split = raw.lastIndexOf('\n');
                if (split < 0) {
                    throw new ClientErrors.BadRequest("Invalid cursor: " + cursor);
                }
                return new Key(raw.substring(0, split), raw.substring(split + 1));
            } catch (IllegalArgumentException e) {
                throw new ClientErrors.BadRequest("Invalid cursor: " + cursor);
            }
        }
    }

    public static int checkPageSize(Integer first) {
        if (first == null || first < 0 || first > MAX_PAGE_SIZE) {
            throw new ClientErrors.BadRequest("first must be between 0 and " + MAX_PAGE_SIZE + ", got " + first);
        }
        return first;
    }

    public static <T> Connection<T> of(List<T> items, Function<T, Key> key, Integer first, String after) {
        int size = checkPageSize(first);
        Key start = after == null ? null : Key.decode(after);
        List<T> sorted = items.stream().sorted(Comparator.comparing(key, Key.ORDER)).toList();
        List<T> rest = start == null ? sorted
                : sorted.stream().filter(item -> Key.ORDER.compare(key.apply(item), start) > 0).toList();
        List<Edge<T>> edges = new ArrayList<>();
        for (T item : rest.subList(0, Math.min(size, rest.size()))) {
            edges.add(new Edge<>(key.apply(item).encode(), item));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(rest.size() > size, endCursor), items.size());
    }
}
