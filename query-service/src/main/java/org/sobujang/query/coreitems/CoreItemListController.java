package org.sobujang.query.coreitems;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CoreItemListController {

    private final CoreItemListReadModel lists;
    private final ComponentReadModel components;

    CoreItemListController(CoreItemListReadModel lists, ComponentReadModel components) {
        this.lists = lists;
        this.components = components;
    }

    @QueryMapping
    CoreItemListView coreItemList(@Argument String id) {
        return lists.find(id).map(CoreItemListView::of).orElse(null);
    }

    @QueryMapping
    List<CoreItemListView> coreItemLists() {
        return lists.all().stream().map(CoreItemListView::of)
                    .sorted(Comparator.comparing(CoreItemListView::name).thenComparing(CoreItemListView::id))
                    .toList();
    }

    @BatchMapping(typeName = "CoreItemList")
    Map<CoreItemListView, List<ComponentDocument>> components(List<CoreItemListView> views) {
        Map<String, ComponentDocument> found = components.findAll(
                views.stream().flatMap(v -> v.componentIds().stream()).distinct().toList());
        return views.stream().collect(Collectors.toMap(v -> v, v -> v.componentIds().stream()
                .map(found::get).filter(Objects::nonNull).toList(), (a, b) -> a));
    }
}
