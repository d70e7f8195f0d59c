package org.sobujang.api.partnership;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/**
 * Registers a partnership in stream {@code streamId}: {@link AggregateIds#partnership(String, String, String)} for a
 * new one, or the stream a same-id partnership of the same parties already has.
 */
public record RegisterPartnership(String streamId, String partnershipId, String buyerId, String supplierId,
                                  String componentId, PartnershipKind kind, LocalDate startedOn, String program) {

    /** A registration in the stream of the id scoped by its parties. */
    public static RegisterPartnership of(String partnershipId, String buyerId, String supplierId, String componentId,
                                         PartnershipKind kind, LocalDate startedOn, String program) {
        return new RegisterPartnership(AggregateIds.partnership(buyerId, supplierId, partnershipId), partnershipId,
                                       buyerId, supplierId, componentId, kind, startedOn, program);
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return streamId;
    }
}
