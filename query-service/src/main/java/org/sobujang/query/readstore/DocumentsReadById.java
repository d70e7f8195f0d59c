package org.sobujang.query.readstore;

import java.util.List;

import org.springframework.core.Ordered;

/**
 * Implemented by a feature's read model: the documents its readers fetch by id on every request, in the shapes they
 * ask for. A read store that keeps documents in memory (the embedded default's read cache) may keep these warm; the
 * lower the order, the earlier they are loaded when it cannot hold everything. The features say what they read; the
 * read store knows no feature.
 */
public interface DocumentsReadById extends Ordered {

    /** A collection and the shape its readers ask for: the Java type and the fields fetched (null: all). */
    record Target(String collection, Class<?> type, List<String> fields) {
    }

    List<Target> readById();

    /** A whole document of {@code type} in {@code collection}. */
    static Target whole(String collection, Class<?> type) {
        return new Target(collection, type, null);
    }
}
