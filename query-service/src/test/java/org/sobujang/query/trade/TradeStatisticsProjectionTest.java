package org.sobujang.query.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.trade.TradeFlow;
import org.sobujang.api.trade.TradeStatisticRecorded;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

class TradeStatisticsProjectionTest {

    private static final YearMonth MARCH = YearMonth.of(2018, 3);
    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final TradeStatisticsProjection projection = new TradeStatisticsProjection(template);
    private final TradeReadModel readModel = new TradeReadModel(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = snapshot();

        applyAll();

        assertThat(snapshot()).isEqualTo(once);
    }

    @Test
    void aRevisionReplacesTheFigureAndExportsAreLeftOut() {
        applyAll();

        List<MonthlyImport> imports = readModel.imports(List.of("KCS"), "KR", List.of("281111"), MARCH, MARCH);

        assertThat(imports).hasSize(2);
        assertThat(imports).filteredOn(i -> i.partner().equals("JP")).singleElement()
                           .satisfies(i -> assertThat(i.valueUsd()).isEqualByComparingTo("5500000"));
        assertThat(readModel.imports(List.of("KCS", "COMTRADE"), "KR", List.of("2811"), MARCH, MARCH)).hasSize(3);
        assertThat(readModel.imports(List.of("KCS"), "KR", List.of("3707"), MARCH, MARCH)).isEmpty();
        assertThat(readModel.imports(List.of("KCS"), "KR", List.of("281111"), YearMonth.of(2018, 4),
                YearMonth.of(2018, 12))).isEmpty();
    }

    @Test
    void resetClearsTheFiguresAndTheirIndex() {
        applyAll();

        projection.reset();

        assertThat(snapshot()).isEmpty();
    }

    private void applyAll() {
        projection.on(stat("KCS", "2811110000", "JP", "5000000", TradeFlow.M, false));
        projection.on(stat("KCS", "2811110000", "CN", "7000000", TradeFlow.M, false));
        projection.on(stat("KCS", "2811110000", "JP", "5500000", TradeFlow.M, true));
        projection.on(stat("KCS", "2811110000", "US", "9999", TradeFlow.X, false));
        projection.on(stat("COMTRADE", "281111", "JP", "5400000", TradeFlow.M, false));
    }

    private static TradeStatisticRecorded stat(String source, String hs, String partner, String value,
                                               TradeFlow flow, boolean revision) {
        return new TradeStatisticRecorded(source, "KR", MARCH, partner, hs, flow, new BigDecimal(value),
                new BigDecimal("1000"), "import-1", revision);
    }

    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>(template.findAll(Document.class, TradeStatisticsDocument.COLLECTION));
        all.addAll(template.findAll(Document.class, TradeHsCodesDocument.COLLECTION));
        return all;
    }
}
