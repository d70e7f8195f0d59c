package org.sobujang.query.trade;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month's imports of one HS code from one partner, as one source reports them. */
public record MonthlyImport(String source, YearMonth month, String partner, BigDecimal valueUsd,
                            BigDecimal weightKg) {
}
