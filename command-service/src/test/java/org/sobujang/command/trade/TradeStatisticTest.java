package org.sobujang.command.trade;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.trade.RecordTradeStatistic;
import org.sobujang.api.trade.TradeFlow;
import org.sobujang.api.trade.TradeStatisticRecorded;
import org.sobujang.command.InvalidInput;

class TradeStatisticTest {

    private static final YearMonth JAN_2018 = YearMonth.of(2018, 1);

    private FixtureConfiguration<TradeStatistic> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradeStatistic.class);
    }

    private static RecordTradeStatistic record(String value, String weight, String importId) {
        return new RecordTradeStatistic("KCS", "KR", JAN_2018, "JP", "2811110000", TradeFlow.M, new BigDecimal(value),
                                        weight == null ? null : new BigDecimal(weight), importId);
    }

    private static TradeStatisticRecorded recorded(String value, String weight, String importId, boolean revision) {
        return new TradeStatisticRecorded("KCS", "KR", JAN_2018, "JP", "2811110000", TradeFlow.M,
                                          new BigDecimal(value), weight == null ? null : new BigDecimal(weight),
                                          importId, revision);
    }

    @Test
    void aNewFigureIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(record("5571666", "4643055", "i1"))
               .expectEvents(recorded("5571666", "4643055", "i1", false));
    }

    @Test
    void theSameFigureAgainRecordsNothing() {
        fixture.given(recorded("5571666", "4643055", "i1", false))
               .when(record("5571666.00", "4643055", "i2"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aChangedValueIsARevision() {
        fixture.given(recorded("5571666", "4643055", "i1", false))
               .when(record("5600000", "4643055", "i2"))
               .expectEvents(recorded("5600000", "4643055", "i2", true));
    }

    @Test
    void aChangedWeightIsARevision() {
        fixture.given(recorded("5571666", null, "i1", false))
               .when(record("5571666", "4643055", "i2"))
               .expectEvents(recorded("5571666", "4643055", "i2", true));
    }

    @Test
    void negativeValuesAreRejected() {
        fixture.givenNoPriorActivity()
               .when(record("-1", null, "i1"))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void badHsCodesAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RecordTradeStatistic("KCS", "KR", JAN_2018, "JP", "28111", TradeFlow.M, BigDecimal.ONE, null,
                                              "i1"))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void unknownPartnersAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RecordTradeStatistic("KCS", "KR", JAN_2018, "XX", "281111", TradeFlow.M, BigDecimal.ONE, null,
                                              "i1"))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }
}
