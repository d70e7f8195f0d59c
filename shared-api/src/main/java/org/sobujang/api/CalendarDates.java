package org.sobujang.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one shape of a date in the public API, on both sides: {@code YYYY-MM-DD}, a real calendar date with a
 * four-digit year from 0001 to 9999. ISO-8601's expanded years ({@code +999999999-12-31}) and year 0 are refused:
 * they are never meant, and date arithmetic near {@link LocalDate#MAX} overflows.
 */
public final class CalendarDates {

    public static final String SHAPE = "YYYY-MM-DD, a calendar date with a year from 0001 to 9999";
    private static final Pattern PATTERN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                                                                     .withResolverStyle(ResolverStyle.STRICT);

    private CalendarDates() {
    }

    /** The date, or empty if the text is not one (null included). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !PATTERN.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, STRICT);
            return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
