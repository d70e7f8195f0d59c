package org.sobujang.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Relay paging over a listing of 10 items a0 .. a9 (kept in id order whatever order they come in). */
class ConnectionTest {

    private static final List<String> ITEMS = IntStream.range(0, 10).mapToObj(i -> "a" + i).toList();

    private static Connection<String> page(Integer first, String after, Integer last, String before) {
        List<String> shuffled = new ArrayList<>(ITEMS);
        Collections.shuffle(shuffled, new Random(7));
        return Connection.of(shuffled, id -> new Connection.Key("same name", id),
                             new Connection.Page(first, after, last, before));
    }

    private static List<String> nodes(Connection<String> connection) {
        return connection.edges().stream().map(Connection.Edge::node).toList();
    }

    private static String cursor(String item) {
        return new Connection.Key("same name", item).encode();
    }

    @Test
    void forwardAsBefore() {
        Connection<String> first = page(3, null, null, null);
        assertThat(nodes(first)).containsExactly("a0", "a1", "a2");
        assertThat(first.pageInfo()).isEqualTo(new Connection.PageInfo(false, true, cursor("a0"), cursor("a2")));
        Connection<String> next = page(3, first.pageInfo().endCursor(), null, null);
        assertThat(nodes(next)).containsExactly("a3", "a4", "a5");
        assertThat(next.pageInfo().hasPreviousPage()).isTrue();
        assertThat(nodes(page(5, cursor("a7"), null, null))).containsExactly("a8", "a9");
        assertThat(page(5, cursor("a7"), null, null).pageInfo().hasNextPage()).isFalse();
        assertThat(nodes(page(null, null, null, null))).hasSize(10);
        assertThat(page(3, null, null, null).totalCount()).isEqualTo(10);
    }

    @Test
    void backwardFromTheEndAndFromACursor() {
        Connection<String> last = page(null, null, 3, null);
        assertThat(nodes(last)).containsExactly("a7", "a8", "a9");
        assertThat(last.pageInfo()).isEqualTo(new Connection.PageInfo(true, false, cursor("a7"), cursor("a9")));
        Connection<String> previous = page(null, null, 3, last.pageInfo().startCursor());
        assertThat(nodes(previous)).containsExactly("a4", "a5", "a6");
        assertThat(previous.pageInfo().hasPreviousPage()).isTrue();
        assertThat(previous.pageInfo().hasNextPage()).isTrue();
        assertThat(nodes(page(null, null, 5, cursor("a2")))).containsExactly("a0", "a1");
        assertThat(page(null, null, 5, cursor("a2")).pageInfo().hasPreviousPage()).isFalse();
    }

    @Test
    void bothCursorsAndBothSizesFollowRelaysOrder() {
        // between a2 and a8: a3..a7; the first 4 of them, then the last 2 of those
        assertThat(nodes(page(4, cursor("a2"), 2, cursor("a8")))).containsExactly("a5", "a6");
        assertThat(nodes(page(null, cursor("a2"), null, cursor("a8")))).containsExactly("a3", "a4", "a5", "a6", "a7");
        assertThat(nodes(page(null, cursor("a6"), null, cursor("a3")))).isEmpty();
        Connection<String> empty = page(0, null, null, null);
        assertThat(nodes(empty)).isEmpty();
        assertThat(empty.pageInfo()).isEqualTo(new Connection.PageInfo(false, true, null, null));
    }

    @Test
    void sizesOutOfRangeAndBadCursorsAreTheClientsMistake() {
        assertThatThrownBy(() -> page(101, null, null, null)).isInstanceOf(ClientErrors.BadRequest.class)
                .hasMessageContaining("first");
        assertThatThrownBy(() -> page(null, null, -1, null)).isInstanceOf(ClientErrors.BadRequest.class)
                .hasMessageContaining("last");
        assertThatThrownBy(() -> page(null, null, 2, "not a cursor")).isInstanceOf(ClientErrors.BadRequest.class);
    }
}
