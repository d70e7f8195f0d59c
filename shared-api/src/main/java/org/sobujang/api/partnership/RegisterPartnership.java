package org.sobujang.api.partnership;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

public record RegisterPartnership(String partnershipId, String buyerId, String supplierId, String componentId,
                                  PartnershipKind kind, LocalDate startedOn, String program) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.partnership(partnershipId);
    }
}
