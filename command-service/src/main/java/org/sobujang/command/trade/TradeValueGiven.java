package org.sobujang.command.trade;

import java.math.BigDecimal;

import org.sobujang.command.Rule;

/** A statistic has its value in USD, which import dependence is measured in; the weight may be missing. */
final class TradeValueGiven extends Rule {

    private static final TradeValueGiven RULE = new TradeValueGiven();

    private TradeValueGiven() {
    }

    static void check(BigDecimal valueUsd) {
        if (valueUsd == null) {
            throw RULE.invalid("valueUsd", "a statistic needs its value in USD");
        }
    }
}
