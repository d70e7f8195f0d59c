package org.sobujang.query.trade;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code trade_hs_codes}, {@code _id} "source/reporter": the HS codes with import figures, so a query
 * by HS prefix loads only the matching {@link TradeStatisticsDocument}s by {@code _id}.
 */
public record TradeHsCodesDocument(@Id String id, List<String> hsCodes) {

    public static final String COLLECTION = "trade_hs_codes";

    public TradeHsCodesDocument {
        hsCodes = hsCodes == null ? List.of() : hsCodes;
    }

    public static String idOf(String source, String reporter) {
        return source + "/" + reporter;
    }
}
