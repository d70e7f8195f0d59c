package org.sobujang.api.firm;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record WithdrawCapability(String firmId, String componentId, LocalDate effectiveFrom) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.firm(firmId);
    }
}
