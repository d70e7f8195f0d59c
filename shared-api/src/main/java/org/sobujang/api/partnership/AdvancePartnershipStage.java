package org.sobujang.api.partnership;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the partnership of stream {@code streamId} forward; {@code stage = TERMINATED} ends it. */
public record AdvancePartnershipStage(String streamId, PartnershipStage stage, LocalDate on, String note) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return streamId;
    }
}
