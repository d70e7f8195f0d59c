package org.sobujang.query.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"MONTH, 2019-01, 2019-01", "QUARTER, 2019-01, 2019-Q1", "QUARTER, 2019-06, 2019-Q2",
                "QUARTER, 2019-12, 2019-Q4", "YEAR, 2019-07, 2019"})
    void periodsAreNamedByYearQuarterOrMonth(Interval interval, String month, String label) {
        assertThat(interval.label(YearMonth.parse(month))).isEqualTo(label);
    }

    @Test
    void periodEndsAreTheLastDaysLyingWithinTheRange() {
        LocalDate from = LocalDate.of(2019, 1, 15);
        LocalDate to = LocalDate.of(2019, 6, 29);

        assertThat(Interval.MONTH.periodEnds(from, to, 100)).containsExactly(LocalDate.of(2019, 1, 31),
                LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 30),
                LocalDate.of(2019, 5, 31));
        assertThat(Interval.QUARTER.periodEnds(from, to, 100)).containsExactly(LocalDate.of(2019, 3, 31));
        assertThat(Interval.YEAR.periodEnds(from, to, 100)).isEmpty();
        assertThat(Interval.YEAR.periodEnds(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31), 100))
                .containsExactly(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31));
    }

    @Test
    void periodEndsStopOnePastTheLimit() {
        assertThat(Interval.MONTH.periodEnds(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1), 1200)).hasSize(1201);
    }
}
