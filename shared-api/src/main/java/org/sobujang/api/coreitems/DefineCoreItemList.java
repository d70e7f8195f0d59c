package org.sobujang.api.coreitems;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record DefineCoreItemList(String listId, String name, List<String> componentIds,
                                 List<LocalizationTarget> targets) {

    public DefineCoreItemList {
        componentIds = componentIds == null ? List.of() : List.copyOf(componentIds);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.coreItemList(listId);
    }
}
