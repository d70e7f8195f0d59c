package org.sobujang.query.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sobujang.query.period.Interval;

/** Pins risk-model.md §5. */
class ImportDependenceTest {

    private static final YearMonth JAN_2018 = YearMonth.of(2018, 1);
    private static final YearMonth DEC_2018 = YearMonth.of(2018, 12);
    private final List<MonthlyImport> imports = new ArrayList<>();

    @Test
    void hydrogenFluorideIn2018DependedOnJapanFor32Point2Percent() {
        // 2018 HF imports, spread over two HS codes of one prefix: JP 66.86 M of 207.64 M.
        add("KCS", "2018-03", "JP", "40000000", "1");
        add("KCS", "2018-09", "JP", "26860000", "1");
        add("KCS", "2018-05", "CN", "100000000", "1");
        add("KCS", "2018-11", "TW", "40780000", "1");

        List<DependencePoint> points = ImportDependence.compute(imports, "JP", JAN_2018, DEC_2018, Interval.YEAR,
                Measure.VALUE, null);

        assertThat(points).hasSize(1);
        DependencePoint year = points.get(0);
        assertThat(year.period()).isEqualTo("2018");
        assertThat(year.partnerValueUsd()).isEqualTo(66_860_000.0);
        assertThat(year.totalValueUsd()).isEqualTo(207_640_000.0);
        assertThat(BigDecimal.valueOf(year.share()).setScale(3, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.322");
        assertThat(year.source()).isEqualTo("KCS");
    }

    @Test
    void kcsIsPreferredWhereItHasDataAndComtradeFillsTheOtherPeriodsWithoutAddingUp() {
        add("KCS", "2018-02", "JP", "30", "0");
        add("KCS", "2018-02", "CN", "70", "0");
        add("COMTRADE", "2018-02", "JP", "1000", "0");
        add("COMTRADE", "2018-05", "JP", "10", "0");
        add("COMTRADE", "2018-05", "CN", "30", "0");

        List<DependencePoint> points = ImportDependence.compute(imports, "JP", JAN_2018, YearMonth.of(2018, 6),
                Interval.QUARTER, Measure.VALUE, null);

        assertThat(points).extracting(DependencePoint::period).containsExactly("2018-Q1", "2018-Q2");
        assertThat(points.get(0).source()).isEqualTo("KCS");
        assertThat(points.get(0).share()).isCloseTo(0.3, within(1e-12));
        assertThat(points.get(0).totalValueUsd()).isEqualTo(100.0);
        assertThat(points.get(1).source()).isEqualTo("COMTRADE");
        assertThat(points.get(1).share()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void anExplicitSourceIsTheOnlyOneSummed() {
        add("KCS", "2018-02", "JP", "30", "0");
        add("KCS", "2018-02", "CN", "70", "0");
        add("COMTRADE", "2018-02", "JP", "50", "0");
        add("COMTRADE", "2018-02", "CN", "50", "0");

        DependencePoint point = ImportDependence.compute(imports, "JP", JAN_2018, DEC_2018, Interval.YEAR,
                Measure.VALUE, "COMTRADE").get(0);

        assertThat(point.share()).isCloseTo(0.5, within(1e-12));
        assertThat(point.source()).isEqualTo("COMTRADE");
    }

    @Test
    void monthsWithoutImportsHaveANullShareAndZeroValues() {
        add("KCS", "2018-01", "JP", "10", "1");

        List<DependencePoint> points = ImportDependence.compute(imports, "JP", JAN_2018, YearMonth.of(2018, 3),
                Interval.MONTH, Measure.VALUE, null);

        assertThat(points).extracting(DependencePoint::period).containsExactly("2018-01", "2018-02", "2018-03");
        assertThat(points.get(0).share()).isEqualTo(1.0);
        assertThat(points.get(1).share()).isNull();
        assertThat(points.get(1).totalValueUsd()).isZero();
        assertThat(points.get(1).source()).isNull();
    }

    @Test
    void byWeightTheShareUsesKilogramsAndTheUsdFieldsStayValues() {
        add("KCS", "2018-01", "JP", "900", "10");
        add("KCS", "2018-01", "CN", "100", "30");

        DependencePoint point = ImportDependence.compute(imports, "JP", JAN_2018, JAN_2018, Interval.MONTH,
                Measure.WEIGHT, null).get(0);

        assertThat(point.share()).isCloseTo(0.25, within(1e-12));
        assertThat(point.partnerValueUsd()).isEqualTo(900.0);
        assertThat(point.totalValueUsd()).isEqualTo(1000.0);
        assertThat(point.partnerWeightKg()).isEqualTo(10.0);
    }

    @Test
    void figuresOutsideTheMonthsAskedForAreLeftOut() {
        add("KCS", "2017-12", "JP", "1000", "0");
        add("KCS", "2018-01", "CN", "10", "0");

        DependencePoint point = ImportDependence.compute(imports, "JP", JAN_2018, DEC_2018, Interval.YEAR,
                Measure.VALUE, null).get(0);

        assertThat(point.share()).isZero();
        assertThat(point.totalValueUsd()).isEqualTo(10.0);
    }

    private void add(String source, String month, String partner, String value, String weight) {
        imports.add(new MonthlyImport(source, YearMonth.parse(month), partner, new BigDecimal(value),
                new BigDecimal(weight)));
    }
}
