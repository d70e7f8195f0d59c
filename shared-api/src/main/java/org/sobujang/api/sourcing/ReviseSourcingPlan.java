package org.sobujang.api.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/** Sets the whole supplier set as of {@code effectiveFrom}, atomically: suppliers not listed drop to 0. */
public record ReviseSourcingPlan(String changeId, String buyerId, String componentId, LocalDate effectiveFrom,
                                 List<SupplierShareValue> shares, BigDecimal annualVolume, String unit,
                                 String evidence) {

    public ReviseSourcingPlan {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.sourcingPlan(buyerId, componentId);
    }
}
