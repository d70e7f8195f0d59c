package org.sobujang.query.coreitems;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code core_item_lists}, one document per list. {@code targets} maps the ISO {@code by} date → target
 * share, so a later target for the same date replaces the earlier one.
 */
public record CoreItemListDocument(@Id String id, String name, List<String> componentIds,
                                   Map<String, BigDecimal> targets) {

    public static final String COLLECTION = "core_item_lists";

    public CoreItemListDocument {
        componentIds = componentIds == null ? List.of() : componentIds;
        targets = targets == null ? Map.of() : targets;
    }
}
