package org.sobujang.query.trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sobujang.query.period.Interval;

/**
 * Import dependence, risk-model.md §5: per period, imports from the partner over imports from all partners. Each
 * period sums exactly one source, the one asked for or else KCS where it has data for the period and COMTRADE
 * otherwise, so the two are never added together.
 */
public final class ImportDependence {

    public static final String KCS = "KCS";
    public static final String COMTRADE = "COMTRADE";
    /** Default source preference: the national customs figures first. */
    static final List<String> PREFERENCE = List.of(KCS, COMTRADE);

    private ImportDependence() {
    }

    /**
     * @param imports matching HS codes' imports, revisions already applied
     * @param from    first month considered; {@code to} the last; each period sums its months within them
     * @param source  the source to sum, or null for the default preference
     */
    public static List<DependencePoint> compute(List<MonthlyImport> imports, String partner, YearMonth from,
                                                YearMonth to, Interval interval, Measure measure, String source) {
        Map<String, List<YearMonth>> periods = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            periods.computeIfAbsent(interval.label(month), k -> new ArrayList<>()).add(month);
        }
        Map<String, List<MonthlyImport>> byPeriod = new LinkedHashMap<>();
        for (MonthlyImport figure : imports) {
            if (!figure.month().isBefore(from) && !figure.month().isAfter(to)) {
                byPeriod.computeIfAbsent(interval.label(figure.month()), k -> new ArrayList<>()).add(figure);
            }
        }
        List<DependencePoint> points = new ArrayList<>();
        for (String period : periods.keySet()) {
            List<MonthlyImport> figures = byPeriod.getOrDefault(period, List.of());
            String chosen = source != null ? source : PREFERENCE.stream()
                    .filter(s -> figures.stream().anyMatch(f -> f.source().equals(s)))
                    .findFirst().orElse(null);
            points.add(point(period, figures.stream().filter(f -> f.source().equals(chosen)).toList(), partner,
                    measure, chosen));
        }
        return points;
    }

    private static DependencePoint point(String period, List<MonthlyImport> figures, String partner,
                                         Measure measure, String source) {
        BigDecimal partnerValue = BigDecimal.ZERO;
        BigDecimal totalValue = BigDecimal.ZERO;
        BigDecimal partnerWeight = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (MonthlyImport figure : figures) {
            BigDecimal value = orZero(figure.valueUsd());
            BigDecimal weight = orZero(figure.weightKg());
            totalValue = totalValue.add(value);
            totalWeight = totalWeight.add(weight);
            if (figure.partner().equals(partner)) {
                partnerValue = partnerValue.add(value);
                partnerWeight = partnerWeight.add(weight);
            }
        }
        BigDecimal numerator = measure == Measure.WEIGHT ? partnerWeight : partnerValue;
        BigDecimal denominator = measure == Measure.WEIGHT ? totalWeight : totalValue;
        Double share = denominator.signum() == 0 ? null
                : numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
        return new DependencePoint(period, share, partnerValue.doubleValue(), totalValue.doubleValue(),
                partnerWeight.doubleValue(), totalWeight.doubleValue(), source);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
