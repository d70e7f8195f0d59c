package org.sobujang.command.trade;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.trade.RecordTradeStatistic;
import org.sobujang.api.trade.TradeStatisticRecorded;
import org.sobujang.command.Countries;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.Numbers;

/**
 * One national figure per key (source, reporter, month, partner, HS code, flow). Importing the same figure again
 * records nothing; a different figure for the key is a revision that replaces it (risk-model §5).
 */
@Aggregate
class TradeStatistic {

    private static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");
    private static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    @AggregateIdentifier
    private String aggregateId;
    private BigDecimal valueUsd;
    private BigDecimal weightKg;

    TradeStatistic() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTradeStatistic command) {
        if (command.source() == null || !SOURCE.matcher(command.source()).matches()) {
            throw new InvalidInput("source", "TradeSourceNamed: a statistic needs a source such as KCS or COMTRADE");
        }
        if (!Countries.isValid(command.reporter())) {
            throw new InvalidInput("reporter", command.reporter() + " is not an ISO 3166-1 alpha-2 country code");
        }
        if (!Countries.isValid(command.partner())) {
            throw new InvalidInput("partner", command.partner() + " is not an ISO 3166-1 alpha-2 country code");
        }
        if (command.period() == null) {
            throw new InvalidInput("period", "a statistic needs the month it covers");
        }
        if (command.hsCode() == null || !HS_CODE.matcher(command.hsCode()).matches()) {
            throw new InvalidInput("hsCode", "HsCodeHasSixToTenDigits: " + command.hsCode()
                    + " is not an HS code of 6 to 10 digits");
        }
        if (command.valueUsd() == null) {
            throw new InvalidInput("valueUsd", "TradeValueGiven: a statistic needs its value in USD");
        }
        BigDecimal value = Numbers.quantity("valueUsd", command.valueUsd());
        BigDecimal weight = Numbers.quantity("weightKg", command.weightKg());
        if (command.flow() == null) {
            throw new InvalidInput("flow", "a statistic needs its flow, import or export");
        }
        boolean known = valueUsd != null;
        if (known && sameAmount(valueUsd, value) && sameAmount(weightKg, weight)) {
            return;
        }
        apply(new TradeStatisticRecorded(command.source(), command.reporter(), command.period(), command.partner(),
                                         command.hsCode(), command.flow(), value, weight, command.importId(), known));
    }

    /** Compared by amount, so "100" and "100.00" from two exports of one figure are the same figure. */
    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @EventSourcingHandler
    void on(TradeStatisticRecorded event) {
        aggregateId = AggregateIds.tradeStatistic(event.source(), event.reporter(), event.period(), event.partner(),
                                                  event.hsCode(), event.flow().name());
        valueUsd = event.valueUsd();
        weightKg = event.weightKg();
    }
}
