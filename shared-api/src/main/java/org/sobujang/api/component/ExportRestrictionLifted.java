package org.sobujang.api.component;

import java.time.LocalDate;

/** The restriction is active on every date d with imposed effectiveFrom &lt;= d &lt; this effectiveFrom. */
public record ExportRestrictionLifted(String componentId, String restrictionId, LocalDate effectiveFrom) {
}
