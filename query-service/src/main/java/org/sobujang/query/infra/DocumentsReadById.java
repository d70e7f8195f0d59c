package org.sobujang.query.infra;

import java.util.List;

import org.springframework.core.Ordered;

/**
 * Implemented by a feature's read model: the documents its readers fetch by id on every request, in the shapes they
 * ask for. A read cache keeps these warm ({@link ReadCacheWarmer}); the lower the order, the earlier they are loaded
 * when the cache cannot hold everything. The features say what they read; the cache knows no feature.
 */
public interface DocumentsReadById extends Ordered {

    List<ReadCacheWarmer.Target> readById();

    /** A whole document of {@code type} in {@code collection}. */
    static ReadCacheWarmer.Target whole(String collection, Class<?> type) {
        return new ReadCacheWarmer.Target(collection, type, null);
    }
}
