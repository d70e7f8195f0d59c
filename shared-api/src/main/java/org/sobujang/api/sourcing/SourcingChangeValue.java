package org.sobujang.api.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One change of a {@link RecordSourcingChanges} batch: a {@link RecordSourcingChange} without its plan. */
public record SourcingChangeValue(String changeId, String supplierId, BigDecimal share, LocalDate effectiveFrom,
                                  BigDecimal annualVolume, String unit, String evidence) {
}
