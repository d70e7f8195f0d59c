package org.sobujang.api.component;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record AddControlListEntry(String componentId, String regime, String code) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.component(componentId);
    }
}
