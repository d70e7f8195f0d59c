package org.sobujang.api.sourcing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/** Retracts a change or revision recorded in error: from then on every answer is as if it had never been recorded. */
public record RetractSourcingChange(String changeId, String buyerId, String componentId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.sourcingPlan(buyerId, componentId);
    }
}
