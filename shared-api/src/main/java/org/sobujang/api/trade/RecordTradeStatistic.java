package org.sobujang.api.trade;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;

/**
 * One monthly national trade figure. {@code source} is {@code KCS} or {@code COMTRADE}; countries are ISO 3166-1
 * alpha-2; {@code importId} names the CSV import that carried it.
 */
public record RecordTradeStatistic(String source, String reporter, YearMonth period, String partner, String hsCode,
                                   TradeFlow flow, BigDecimal valueUsd, BigDecimal weightKg, String importId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.tradeStatistic(source, reporter, period, partner, hsCode, flow.name());
    }
}
