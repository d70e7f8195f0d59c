package org.sobujang.query.coreitems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A list's targets in {@code by} order; risk-model.md §4 picks the first one due on or after a date. */
public record LocalizationTargets(List<Target> targets) {

    public record Target(BigDecimal share, LocalDate by) {
    }

    public static LocalizationTargets of(Map<String, BigDecimal> stored) {
        return new LocalizationTargets(stored.entrySet().stream()
                .map(e -> new Target(e.getValue(), LocalDate.parse(e.getKey())))
                .sorted(Comparator.comparing(Target::by))
                .toList());
    }

    /** The target whose {@code by} date is the first on or after {@code date}; none after the last. */
    public Optional<Target> dueOnOrAfter(LocalDate date) {
        return targets.stream().filter(t -> !t.by().isBefore(date)).findFirst();
    }
}
