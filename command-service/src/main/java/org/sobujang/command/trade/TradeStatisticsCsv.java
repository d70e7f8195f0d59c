package org.sobujang.command.trade;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sobujang.api.trade.RecordTradeStatistic;
import org.sobujang.api.trade.TradeFlow;
import org.sobujang.command.Countries;
import org.sobujang.command.HsCodeHasSixToTenDigits;
import org.sobujang.command.Numbers;
import org.sobujang.command.QuantityWithinRange;
import org.sobujang.command.imports.CsvReader;
import org.sobujang.command.imports.ImportError;
import org.sobujang.command.imports.ImportFailed;

/**
 * Reads national trade statistics in the two shapes that are published, told apart by their header:
 * <ul>
 * <li>Korea Customs Service exports: {@code year} ({@code YYYY.MM}), {@code statCd} (partner, alpha-2), {@code hsCd},
 * {@code impDlr}, {@code impWgt}, {@code expDlr}, {@code expWgt}; reporter KR, source KCS; one import (M) and one
 * export (X) figure per row, each only when non-zero;</li>
 * <li>UN Comtrade: {@code period} ({@code YYYYMM}), {@code reporterISO}, {@code partnerISO} (alpha-3, mapped to
 * alpha-2 here), {@code flowCode} (M or X), {@code cmdCode}, {@code primaryValue}, {@code netWgt}; source COMTRADE.</li>
 * </ul>
 * Column names are matched without regard to case; other columns are ignored. A row with any bad value is reported
 * with every problem it has and yields no statistic; the rows around it are unaffected.
 */
public final class TradeStatisticsCsv {

    public enum Format {
        KCS(List.of("year", "statCd", "hsCd", "impDlr", "impWgt", "expDlr", "expWgt")),
        COMTRADE(List.of("period", "reporterISO", "flowCode", "partnerISO", "cmdCode", "primaryValue", "netWgt"));

        private final List<String> columns;

        Format(List<String> columns) {
            this.columns = columns;
        }

        public List<String> columns() {
            return columns;
        }
    }

    /** A figure read from the file, ready to be recorded. */
    public record Statistic(String source, String reporter, YearMonth period, String partner, String hsCode,
                            TradeFlow flow, BigDecimal valueUsd, BigDecimal weightKg) {

        public RecordTradeStatistic toCommand(String importId) {
            return new RecordTradeStatistic(source, reporter, period, partner, hsCode, flow, valueUsd, weightKg,
                                            importId);
        }
    }

    /** One data row: the statistics it yields, or the problems that keep it out. */
    public record Row(int line, List<Statistic> statistics, List<ImportError> errors) {

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    private static final Pattern KCS_MONTH = Pattern.compile("(\\d{4})\\.(\\d{2})");
    private static final Pattern COMTRADE_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    /** Longer than any number the model holds ({@link Numbers}); not parsed at all. */
    private static final int MAX_NUMBER_LENGTH = 64;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = alpha3ToAlpha2();

    private final CsvReader reader;
    private final Format format;
    private final Map<String, Integer> columnIndex;

    private TradeStatisticsCsv(CsvReader reader, Format format, Map<String, Integer> columnIndex) {
        this.reader = reader;
        this.format = format;
        this.columnIndex = columnIndex;
    }

    /**
     * Reads the header and decides the format.
     *
     * @throws ImportFailed on line 1 when the header is missing or lacks a column its format needs
     */
    public static TradeStatisticsCsv open(Reader input) throws IOException, ImportFailed {
        CsvReader reader = new CsvReader(input);
        CsvReader.Record header;
        try {
            header = reader.next();
        } catch (CsvReader.UnclosedQuote e) {
            throw new ImportFailed(new ImportError(e.line(), null, null, e.getMessage()));
        }
        if (header == null) {
            throw new ImportFailed(new ImportError(1, null, null, "the file is empty: a header line is needed"));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            index.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        Format best = null;
        List<String> bestMissing = null;
        for (Format candidate : Format.values()) {
            List<String> missing = candidate.columns.stream()
                                                    .filter(column -> !index.containsKey(column.toLowerCase(Locale.ROOT)))
                                                    .toList();
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                best = candidate;
                bestMissing = missing;
            }
        }
        if (bestMissing.size() == best.columns.size()) {
            throw new ImportFailed(new ImportError(header.line(), null, null,
                                                   "the header is neither a Korea Customs Service export " + Format.KCS.columns
                                                           + " nor a UN Comtrade file " + Format.COMTRADE.columns));
        }
        if (!bestMissing.isEmpty()) {
            throw new ImportFailed(new ImportError(header.line(), String.join(",", bestMissing), null,
                                                   "the header of a " + best + " file lacks the columns "
                                                           + bestMissing));
        }
        return new TradeStatisticsCsv(reader, best, index);
    }

    public Format format() {
        return format;
    }

    /**
     * The next data row, or null at the end.
     *
     * @throws ImportFailed when the rest of the file is swallowed by a quote that is never closed
     */
    public Row next() throws IOException, ImportFailed {
        CsvReader.Record record;
        try {
            record = reader.next();
        } catch (CsvReader.UnclosedQuote e) {
            throw new ImportFailed(new ImportError(e.line(), null, null, e.getMessage()));
        }
        if (record == null) {
            return null;
        }
        RowReader row = new RowReader(record);
        List<Statistic> statistics = format == Format.KCS ? kcs(row) : comtrade(row);
        return row.errors.isEmpty() ? new Row(record.line(), statistics, List.of())
                : new Row(record.line(), List.of(), List.copyOf(row.errors));
    }

    private static List<Statistic> kcs(RowReader row) {
        YearMonth period = row.month("year", KCS_MONTH, "YYYY.MM");
        String partner = row.alpha2("statCd");
        String hsCode = row.hsCode("hsCd");
        BigDecimal importValue = row.amount("impDlr", true);
        BigDecimal importWeight = row.amount("impWgt", true);
        BigDecimal exportValue = row.amount("expDlr", true);
        BigDecimal exportWeight = row.amount("expWgt", true);
        if (!row.errors.isEmpty()) {
            return List.of();
        }
        List<Statistic> statistics = new ArrayList<>(2);
        if (importValue.signum() != 0 || importWeight.signum() != 0) {
            statistics.add(new Statistic("KCS", "KR", period, partner, hsCode, TradeFlow.M, importValue, importWeight));
        }
        if (exportValue.signum() != 0 || exportWeight.signum() != 0) {
            statistics.add(new Statistic("KCS", "KR", period, partner, hsCode, TradeFlow.X, exportValue, exportWeight));
        }
        return statistics;
    }

    private static List<Statistic> comtrade(RowReader row) {
        YearMonth period = row.month("period", COMTRADE_MONTH, "YYYYMM");
        String reporter = row.alpha3("reporterISO");
        TradeFlow flow = row.flow("flowCode");
        String partner = row.alpha3("partnerISO");
        String hsCode = row.hsCode("cmdCode");
        BigDecimal value = row.amount("primaryValue", true);
        // Comtrade leaves the net weight empty where the reporter gave none.
        BigDecimal weight = row.amount("netWgt", false);
        if (!row.errors.isEmpty()) {
            return List.of();
        }
        return List.of(new Statistic("COMTRADE", reporter, period, partner, hsCode, flow, value, weight));
    }

    /** Reads the named columns of one record, collecting a problem for every value that is wrong. */
    private final class RowReader {

        private final CsvReader.Record record;
        private final List<ImportError> errors = new ArrayList<>();

        private RowReader(CsvReader.Record record) {
            this.record = record;
        }

        private String value(String column) {
            int i = columnIndex.get(column.toLowerCase(Locale.ROOT));
            return i < record.fields().size() ? record.fields().get(i).strip() : "";
        }

        private <T> T reject(String column, String value, String message) {
            errors.add(new ImportError(record.line(), column, value, message));
            return null;
        }

        private YearMonth month(String column, Pattern pattern, String shape) {
            String value = value(column);
            Matcher matcher = pattern.matcher(value);
            if (!matcher.matches()) {
                return reject(column, value, "not a month in the form " + shape);
            }
            try {
                return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            } catch (DateTimeException e) {
                return reject(column, value, "not a month in the form " + shape);
            }
        }

        private String alpha2(String column) {
            String value = value(column);
            return Countries.isValid(value) ? value
                    : reject(column, value, "not an ISO 3166-1 alpha-2 country code");
        }

        private String alpha3(String column) {
            String value = value(column);
            String alpha2 = ALPHA3_TO_ALPHA2.get(value);
            return alpha2 != null ? alpha2 : reject(column, value, "not an ISO 3166-1 alpha-3 country code");
        }

        private String hsCode(String column) {
            String value = value(column);
            return HsCodeHasSixToTenDigits.holdsFor(value) ? value
                    : reject(column, value, "not an HS code of 6 to 10 digits");
        }

        private TradeFlow flow(String column) {
            String value = value(column);
            return switch (value) {
                case "M" -> TradeFlow.M;
                case "X" -> TradeFlow.X;
                default -> reject(column, value, "only flows M (imports) and X (exports) are recorded");
            };
        }

        /** A non-negative decimal; thousands separators are accepted because spreadsheets add them. */
        private BigDecimal amount(String column, boolean required) {
            String value = value(column);
            if (value.isEmpty()) {
                return required ? reject(column, value, "a number is required") : null;
            }
            if (value.length() > MAX_NUMBER_LENGTH) {
                return reject(column, value.substring(0, MAX_NUMBER_LENGTH) + "...", "not a number");
            }
            String digits = GROUPED.matcher(value).matches() ? value.replace(",", "") : value;
            BigDecimal amount;
            try {
                amount = new BigDecimal(digits);
            } catch (NumberFormatException e) {
                return reject(column, value, "not a number");
            }
            if (amount.signum() < 0) {
                return reject(column, value, "must not be negative");
            }
            Optional<String> refusal = QuantityWithinRange.refusal(amount);
            return refusal.isPresent() ? reject(column, value, refusal.get()) : amount;
        }
    }

    private static Map<String, String> alpha3ToAlpha2() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                map.put(new Locale("", alpha2).getISO3Country(), alpha2);
            } catch (MissingResourceException e) {
                // a country the JDK knows without an alpha-3 code cannot appear in a Comtrade file under one
            }
        }
        return Collections.unmodifiableMap(map);
    }

    static String alpha2Of(String alpha3) {
        return ALPHA3_TO_ALPHA2.get(alpha3);
    }
}
