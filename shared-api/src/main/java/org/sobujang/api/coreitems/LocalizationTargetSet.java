package org.sobujang.api.coreitems;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A later target with the same {@code by} date replaces the earlier one. */
public record LocalizationTargetSet(String listId, BigDecimal share, LocalDate by) {
}
