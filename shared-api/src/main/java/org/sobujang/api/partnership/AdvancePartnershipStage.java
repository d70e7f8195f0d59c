package org.sobujang.api.partnership;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/** Moves a partnership forward; {@code stage = TERMINATED} ends it. */
public record AdvancePartnershipStage(String partnershipId, PartnershipStage stage, LocalDate on, String note) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.partnership(partnershipId);
    }
}
