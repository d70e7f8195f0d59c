package org.sobujang.api.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/**
 * {@code since} is always set: the REST layer fills in "today" in the home time zone when the client gives none.
 * {@code evidence} (optional) references what the capability rests on: a test report, a certificate, a customer
 * qualification.
 */
public record DeclareCapability(String firmId, String componentId, int technologyReadiness,
                                BigDecimal annualCapacity, String unit, LocalDate since, String evidence) {

    public DeclareCapability(String firmId, String componentId, int technologyReadiness, BigDecimal annualCapacity,
                             String unit, LocalDate since) {
        this(firmId, componentId, technologyReadiness, annualCapacity, unit, since, null);
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.firm(firmId);
    }
}
