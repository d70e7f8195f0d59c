package org.sobujang.standalone.readstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the read store's unique indexes (the {@code _id} index of every collection among them): H2's own
 * {@link ObjectDataType}, stored on disk exactly as before, but comparing two index keys without serializing them
 * again for every comparison.
 * <p>
 * mongo-java-server keys a unique index by {@link KeyValue}, which H2 does not know and which is not
 * {@link Comparable}; {@code ObjectDataType} then orders two keys by comparing their Java-serialized bytes, and
 * serializes both keys anew for each of the comparisons of every B-tree search. Profiled, that was a fifth of the
 * projection rebuild's CPU and two fifths of the read-store limits' ({@code docs/benchmarks.md}, item 21). Here the
 * bytes of a key object are computed once and kept while the object lives (the keys held by cached B-tree pages in
 * a weak, identity-keyed cache; a search key per thread for the duration of its search), and the order is by
 * definition the same — {@link ObjectDataType#compareNotNull} of {@link ObjectDataType#serialize} of the same
 * objects — so index files written before this type, and read by stock mongo-java-server, stay valid. Any other
 * pair of keys is compared by {@code ObjectDataType} itself.
 */
final class IndexKeyType extends ObjectDataType {

    /** Key objects are immutable; identity keys, so two equal keys never share an entry. Bounded as a safeguard. */
    private static final Cache<Object, byte[]> SERIALIZED = Caffeine.newBuilder()
                                                                    .weakKeys()
                                                                    .maximumSize(200_000)
                                                                    .build();

    /**
     * The bytes of the key this thread searches for: H2's binary search passes it first to every comparison of a
     * search, and it is usually a new object each time, so it is kept here rather than in the shared cache.
     */
    private static final ThreadLocal<Serialized> SEARCHED = ThreadLocal.withInitial(Serialized::new);

    private static final class Serialized {
        Object key;
        byte[] bytes;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            if (a == b) {
                return 0;
            }
            return compareNotNull(searched(a), stored(b));
        }
        return super.compare(a, b);
    }

    private static byte[] searched(Object key) {
        Serialized last = SEARCHED.get();
        if (last.key != key) {
            last.bytes = serialize(key);
            last.key = key;
        }
        return last.bytes;
    }

    private static byte[] stored(Object key) {
        return SERIALIZED.get(key, ObjectDataType::serialize);
    }
}
