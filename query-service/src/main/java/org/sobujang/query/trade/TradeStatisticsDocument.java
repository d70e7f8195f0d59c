package org.sobujang.query.trade;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code trade_statistics}, {@code _id} "source/reporter/hsCode": the imports of one HS code as one
 * source reports them, month (yyyy-MM) → partner → figure. A revision sets the same path, so it replaces.
 */
public record TradeStatisticsDocument(@Id String id, String source, String reporter, String hsCode,
                                      Map<String, Map<String, Figure>> months) {

    public static final String COLLECTION = "trade_statistics";

    public TradeStatisticsDocument {
        months = months == null ? Map.of() : months;
    }

    public record Figure(BigDecimal valueUsd, BigDecimal weightKg) {
    }

    /** Ids are HS digits, alpha-2 codes and source names, so '/' separates the parts unambiguously. */
    public static String idOf(String source, String reporter, String hsCode) {
        return source + "/" + reporter + "/" + hsCode;
    }
}
