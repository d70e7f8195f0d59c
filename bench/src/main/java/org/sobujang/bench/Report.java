package org.sobujang.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table a run prints: every figure, the limit it is compared with, the ratio, the target and the verdict. */
final class Report {

    /** A target: at least or at most {@code value} of the figure (or of the ratio, when {@code onRatio}). */
    record Target(boolean atLeast, double value, boolean onRatio) {
        static Target atLeast(double v) {
            return new Target(true, v, false);
        }

        static Target atMost(double v) {
            return new Target(false, v, false);
        }

        static Target ratioAtLeast(double v) {
            return new Target(true, v, true);
        }

        static Target ratioAtMost(double v) {
            return new Target(false, v, true);
        }

        String describe(String unit) {
            String v = onRatio ? fmt(value) + " × limit" : fmt(value) + " " + unit;
            return (atLeast ? "≥ " : "≤ ") + v;
        }
    }

    record Row(String size, String measure, double value, String unit, String limitName, Double limit,
               Target target, String note) {

        Double ratio() {
            return limit == null || limit == 0 ? null : value / limit;
        }

        String verdict() {
            if (target == null) {
                return "";
            }
            double actual = target.onRatio() ? (ratio() == null ? Double.NaN : ratio()) : value;
            if (Double.isNaN(actual)) {
                return "not measured";
            }
            boolean meets = target.atLeast() ? actual >= target.value() : actual <= target.value();
            if (meets) {
                return "meets";
            }
            double off = target.atLeast() ? (target.value() - actual) / target.value()
                    : (actual - target.value()) / target.value();
            return String.format(Locale.ROOT, "MISSES by %.0f %%", off * 100);
        }
    }

    final List<Row> rows = new ArrayList<>();

    void add(String size, String measure, double value, String unit, String limitName, Double limit, Target target,
             String note) {
        rows.add(new Row(size, measure, value, unit, limitName, limit, target, note));
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| events | measure | value | unit | limit | limit value | value/limit | target | verdict | note |\n");
        sb.append("|---|---|---:|---|---|---:|---:|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.size()).append(" | ").append(r.measure()).append(" | ").append(fmt(r.value()))
              .append(" | ").append(r.unit()).append(" | ").append(r.limitName() == null ? "" : r.limitName())
              .append(" | ").append(r.limit() == null ? "" : fmt(r.limit()))
              .append(" | ").append(r.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", r.ratio()))
              .append(" | ").append(r.target() == null ? "" : r.target().describe(r.unit()))
              .append(" | ").append(r.verdict()).append(" | ").append(r.note() == null ? "" : r.note()).append(" |\n");
        }
        return sb.toString();
    }
}
