package org.sobujang.api.coreitems;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record SetLocalizationTarget(String listId, BigDecimal share, LocalDate by) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.coreItemList(listId);
    }
}
