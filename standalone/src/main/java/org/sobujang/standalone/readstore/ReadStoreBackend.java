package org.sobujang.standalone.readstore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file-backed read store of the embedded default and of the split topology's stand-in stores: mongo-java-server's
 * H2 backend whose unique indexes order their keys with {@link IndexKeyType} — the same order, without serializing
 * both keys again for every comparison. Collections, documents and index maps keep the names and encodings of
 * {@link H2Backend}, so a data directory written by either opens with the other.
 */
public final class ReadStoreBackend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(ReadStoreBackend.class);

    private ReadStoreBackend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store in {@code file}, with H2's default settings, as {@link H2Backend} would. */
    public static ReadStoreBackend open(Path file) {
        log.info("opening the read store in '{}'", file);
        return new ReadStoreBackend(MVStore.open(file.toString()));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: {@link H2Database}'s constructor opens the existing indexes, i.e. calls
     * {@link #openOrCreateUniqueIndex} before a subclass could have stored the MVStore; the enclosing backend,
     * whose store is set, is reachable by then.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, ReadStoreBackend.this.getMvStore(), ReadStoreBackend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // the map name H2Database gives an index (mapNameForIndex)
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<KeyValue, Object> map = ReadStoreBackend.this.getMvStore().openMap(mapName,
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return new UniqueIndex(map, indexName, keys, sparse);
        }
    }

    /** mongo-java-server's {@code H2UniqueIndex} (whose constructor is package-private), on the given map. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue keyValue) {
            return map.remove(keyValue);
        }

        @Override
        protected boolean putKeyPosition(KeyValue keyValue, Object position) {
            return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue keyValue) {
            return map.get(keyValue);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
