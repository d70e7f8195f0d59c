package org.sobujang.api.sourcing;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/**
 * Records several changes of one plan at once, all or none, in order: each change is checked as
 * {@link RecordSourcingChange} would be, against the plan with the batch's earlier changes already in it.
 */
public record RecordSourcingChanges(String buyerId, String componentId, List<SourcingChangeValue> changes) {

    /** The most changes one batch may carry. */
    public static final int MAX_CHANGES = 1_000;

    public RecordSourcingChanges {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The change at {@code index} as the single command that would record it alone. */
    public RecordSourcingChange change(int index) {
        SourcingChangeValue change = changes.get(index);
        return new RecordSourcingChange(change.changeId(), buyerId, componentId, change.supplierId(), change.share(),
                                        change.effectiveFrom(), change.annualVolume(), change.unit(),
                                        change.evidence());
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.sourcingPlan(buyerId, componentId);
    }
}
