package org.sobujang.api.coreitems;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record AddCoreItemListMember(String listId, String componentId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.coreItemList(listId);
    }
}
