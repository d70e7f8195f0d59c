package org.sobujang.api.component;

import java.time.LocalDate;

public record ExportRestrictionImposed(String componentId, String restrictionId, String imposingCountry,
                                       String targetCountry, RestrictionMeasure measure, LocalDate effectiveFrom,
                                       String legalReference) {
}
