package org.sobujang.api.coreitems;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Target domestic share of the list's components by a date. */
public record LocalizationTarget(BigDecimal share, LocalDate by) {
}
