package org.sobujang.query.coreitems;

import java.util.List;

/** GraphQL {@code CoreItemList}; targets in {@code by} order. */
public record CoreItemListView(String id, String name, List<String> componentIds,
                               List<LocalizationTargets.Target> targets) {

    static CoreItemListView of(CoreItemListDocument document) {
        return new CoreItemListView(document.id(), document.name(), document.componentIds().stream().sorted().toList(),
                LocalizationTargets.of(document.targets()).targets());
    }
}
