package org.sobujang.query.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** GraphQL {@code Capability}: a firm's latest declaration for one component. */
public record CapabilityView(String componentId, int technologyReadiness, BigDecimal annualCapacity, String unit,
                             LocalDate since, LocalDate withdrawnOn, String evidence) {
}
