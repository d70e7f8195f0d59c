package org.sobujang.api.component;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/** {@code targetCountry} is always set: the REST layer fills in the home country when the client gives none. */
public record ImposeExportRestriction(String componentId, String restrictionId, String imposingCountry,
                                      String targetCountry, RestrictionMeasure measure, LocalDate effectiveFrom,
                                      String legalReference) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.component(componentId);
    }
}
