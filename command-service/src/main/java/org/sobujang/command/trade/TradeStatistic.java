package org.sobujang.command.trade;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;

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
import org.sobujang.command.HsCodeHasSixToTenDigits;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.QuantityWithinRange;

/**
 * One national figure per key (source, reporter, month, partner, HS code, flow). Importing the same figure again
 * records nothing; a different figure for the key is a revision that replaces it (risk-model §5).
 */
@Aggregate
class TradeStatistic {

    @AggregateIdentifier
    private String aggregateId;
    private BigDecimal valueUsd;
    private BigDecimal weightKg;

    TradeStatistic() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTradeStatistic command) {
        TradeSourceNamed.check(command.source());
        if (!Countries.isValid(command.reporter())) {
            throw new InvalidInput("reporter", command.reporter() + " is not an ISO 3166-1 alpha-2 country code");
        }
        if (!Countries.isValid(command.partner())) {
            throw new InvalidInput("partner", command.partner() + " is not an ISO 3166-1 alpha-2 country code");
        }
        if (command.period() == null) {
            throw new InvalidInput("period", "a statistic needs the month it covers");
        }
        HsCodeHasSixToTenDigits.check("hsCode", command.hsCode());
        TradeValueGiven.check(command.valueUsd());
        BigDecimal value = QuantityWithinRange.check("valueUsd", command.valueUsd());
        BigDecimal weight = QuantityWithinRange.check("weightKg", command.weightKg());
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
