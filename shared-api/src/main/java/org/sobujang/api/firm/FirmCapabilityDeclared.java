package org.sobujang.api.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A later declaration for the same component replaces the earlier one from its {@code since} date on. */
public record FirmCapabilityDeclared(String firmId, String componentId, int technologyReadiness,
                                     BigDecimal annualCapacity, String unit, LocalDate since) {
}
