package org.sobujang.query.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** GraphQL {@code Interval}: the calendar periods progress and import dependence are reported by. */
public enum Interval {
    MONTH, QUARTER, YEAR;

    /** The name of the period holding {@code month}: {@code 2019-01}, {@code 2019-Q1} or {@code 2019}. */
    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(month.getYear());
        };
    }

    /** Whether {@code month} is the last month of its period. */
    public boolean endsPeriod(YearMonth month) {
        return switch (this) {
            case MONTH -> true;
            case QUARTER -> month.getMonthValue() % 3 == 0;
            case YEAR -> month.getMonthValue() == 12;
        };
    }

    /**
     * The last day of every period that lies within [from, to], in order; at most {@code limit + 1} of them, so a
     * caller can tell "too many" without walking a millennium of months.
     */
    public List<LocalDate> periodEnds(LocalDate from, LocalDate to, int limit) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)) && ends.size() <= limit;
             month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            if (endsPeriod(month) && !end.isBefore(from) && !end.isAfter(to)) {
                ends.add(end);
            }
        }
        return ends;
    }
}
