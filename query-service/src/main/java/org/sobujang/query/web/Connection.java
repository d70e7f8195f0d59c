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

    /** Relay's page info: whether items precede or follow this page, and its first and last cursors. */
    public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
    }

    /**
     * Relay's paging arguments: items after {@code after} and before {@code before} (cursors of this listing), of
     * which the first {@code first}, then of those the last {@code last}; neither size given means the first
     * {@value #DEFAULT_PAGE_SIZE}. Sizes are 0 to {@value #MAX_PAGE_SIZE}; anything else is BAD_REQUEST.
     */
    public record Page(Integer first, String after, Integer last, String before) {

        public Page {
            if (first != null) {
                checkSize("first", first);
            }
            if (last != null) {
                checkSize("last", last);
            }
        }

        public static Page first(Integer first, String after) {
            return new Page(first == null ? DEFAULT_PAGE_SIZE : first, after, null, null);
        }
    }

    public static final int DEFAULT_PAGE_SIZE = 20;

    /** The position of an item in the listing order: by name, then by id. */
    public record Key(String name, String id) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::name).thenComparing(Key::id);

        public String encode() {
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

    /** A {@code first} argument of a list that is no connection (0 to {@value #MAX_PAGE_SIZE}, not null). */
    public static int checkPageSize(Integer first) {
        if (first == null) {
            throw new ClientErrors.BadRequest("first must be between 0 and " + MAX_PAGE_SIZE + ", got null");
        }
        checkSize("first", first);
        return first;
    }

    private static void checkSize(String argument, int size) {
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new ClientErrors.BadRequest(argument + " must be between 0 and " + MAX_PAGE_SIZE + ", got " + size);
        }
    }

    /** The first {@code first} items after {@code after}, as before {@code last} and {@code before} existed. */
    public static <T> Connection<T> of(List<T> items, Function<T, Key> key, Integer first, String after) {
        return of(items, key, Page.first(first, after));
    }

    /**
     * Items in the listing order (by name, then id) that can be counted and sliced where they are kept: a read store
     * answers a page with a few counts and one sorted, skipped and limited query instead of handing over every item.
     */
    public interface Listing<T> {

        /** How many items there are. */
        long count();

        /** How many items come before {@code key} (and, if {@code inclusive}, the item at it). */
        long countBefore(Key key, boolean inclusive);

        /** The items at positions {@code from} to {@code from + size - 1}, in order. */
        List<T> slice(long from, int size);
    }

    /** Relay's algorithm over a list in memory: cut by the cursors, then take the first {@code first}, then the last {@code last}. */
    public static <T> Connection<T> of(List<T> items, Function<T, Key> key, Page page) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(key, Key.ORDER)).toList();
        return of(new Listing<>() {
            @Override
            public long count() {
                return sorted.size();
            }

            @Override
            public long countBefore(Key at, boolean inclusive) {
                long n = 0;
                while (n < sorted.size()) {
                    int c = Key.ORDER.compare(key.apply(sorted.get((int) n)), at);
                    if (c > 0 || (c == 0 && !inclusive)) {
                        break;
                    }
                    n++;
                }
                return n;
            }

            @Override
            public List<T> slice(long from, int size) {
                return sorted.subList((int) from, (int) from + size);
            }
        }, key, page);
    }

    /**
     * Relay's algorithm over a {@link Listing}: cut by the cursors ({@code after} and {@code before} need not be items),
     * then take the first {@code first}, then the last {@code last}; {@code totalCount} counts every item.
     */
    public static <T> Connection<T> of(Listing<T> listing, Function<T, Key> key, Page page) {
        long total = listing.count();
        long from = page.after() == null ? 0 : listing.countBefore(Key.decode(page.after()), true);
        long to = page.before() == null ? total : Math.max(from, listing.countBefore(Key.decode(page.before()), false));
        Integer first = page.first() == null && page.last() == null ? Integer.valueOf(DEFAULT_PAGE_SIZE)
                : page.first();
        if (first != null && to - from > first) {
            to = from + first;
        }
        if (page.last() != null && to - from > page.last()) {
            from = to - page.last();
        }
        List<Edge<T>> edges = new ArrayList<>();
        for (T item : to > from ? listing.slice(from, (int) (to - from)) : List.<T>of()) {
            edges.add(new Edge<>(key.apply(item).encode(), item));
        }
        String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(from > 0, to < total, startCursor, endCursor),
                                (int) Math.min(total, Integer.MAX_VALUE));
    }
}
