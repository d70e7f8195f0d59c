package org.sobujang.api.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/** Sets one supplier's share of the buyer's demand from {@code effectiveFrom} on; share 0 removes the supplier. */
public record RecordSourcingChange(String changeId, String buyerId, String componentId, String supplierId,
                                   BigDecimal share, LocalDate effectiveFrom, BigDecimal annualVolume, String unit,
                                   String evidence) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.sourcingPlan(buyerId, componentId);
    }
}
