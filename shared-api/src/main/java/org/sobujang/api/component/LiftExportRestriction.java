package org.sobujang.api.component;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record LiftExportRestriction(String componentId, String restrictionId, LocalDate effectiveFrom) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.component(componentId);
    }
}
