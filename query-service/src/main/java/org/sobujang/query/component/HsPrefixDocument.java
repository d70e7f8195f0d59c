package org.sobujang.query.component;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code hs_prefixes}, {@code _id} the first 4 or 6 digits of an HS code: the components whose code
 * starts with them. Supplier matching finds "similar" components by {@code _id} instead of a regex scan.
 */
public record HsPrefixDocument(@Id String id, List<String> componentIds) {

    public static final String COLLECTION = "hs_prefixes";
    /** The prefix lengths risk-model.md §3 matches on. */
    public static final List<Integer> LENGTHS = List.of(4, 6);

    public HsPrefixDocument {
        componentIds = componentIds == null ? List.of() : componentIds;
    }
}
