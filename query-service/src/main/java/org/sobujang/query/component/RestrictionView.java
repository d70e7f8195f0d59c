package org.sobujang.query.component;

import java.time.LocalDate;

import org.sobujang.api.component.RestrictionMeasure;

/** GraphQL {@code ExportRestriction}. */
public record RestrictionView(String id, String imposingCountry, String targetCountry, RestrictionMeasure measure,
                              LocalDate effectiveFrom, LocalDate liftedOn, String legalReference) {
}
