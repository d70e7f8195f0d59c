package org.sobujang.command.trade;

import java.util.regex.Pattern;

import org.sobujang.command.Rule;

/** A statistic names the source it was published by (KCS, COMTRADE): figures of two sources are never mixed. */
final class TradeSourceNamed extends Rule {

    private static final TradeSourceNamed RULE = new TradeSourceNamed();
    private static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private TradeSourceNamed() {
    }

    static void check(String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw RULE.invalid("source", "a statistic needs a source such as KCS or COMTRADE");
        }
    }
}
