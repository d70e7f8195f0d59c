package org.sobujang.api.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/** {@code since} is always set: the REST layer fills in "today" in the home time zone when the client gives none. */
public record DeclareCapability(String firmId, String componentId, int technologyReadiness,
                                BigDecimal annualCapacity, String unit, LocalDate since) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.firm(firmId);
    }
}
