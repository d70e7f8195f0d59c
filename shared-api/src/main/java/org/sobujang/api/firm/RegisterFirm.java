package org.sobujang.api.firm;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record RegisterFirm(String firmId, String name, String country, FirmSize size, String registrationNumber) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.firm(firmId);
    }
}
