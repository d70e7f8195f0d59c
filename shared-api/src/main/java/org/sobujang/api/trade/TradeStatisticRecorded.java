package org.sobujang.api.trade;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A figure for a key already recorded with another value is a revision and replaces it. */
public record TradeStatisticRecorded(String source, String reporter, YearMonth period, String partner, String hsCode,
                                     TradeFlow flow, BigDecimal valueUsd, BigDecimal weightKg, String importId,
                                     boolean revision) {
}
