package org.sobujang.api.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SourcingShareChanged(String changeId, String buyerId, String componentId, String supplierId,
                                   BigDecimal share, LocalDate effectiveFrom, BigDecimal annualVolume, String unit,
                                   String evidence) {
}
