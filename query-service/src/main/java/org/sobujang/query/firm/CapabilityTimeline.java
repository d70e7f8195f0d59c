package org.sobujang.query.firm;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The capability of one firm for one component over time: its declarations and withdrawals folded in order of
 * effective date, then recording order, like every other dated fact here. A declaration replaces the one before
 * it from its {@code since} date; a withdrawal ends it from its effective date.
 */
public final class CapabilityTimeline {

    private static final Comparator<CapabilityEntry> FOLD_ORDER =
            Comparator.comparing(CapabilityEntry::date).thenComparingLong(CapabilityEntry::sequence);

    private final List<CapabilityEntry> entries;

    private CapabilityTimeline(List<CapabilityEntry> entries) {
        this.entries = entries;
    }

    public static CapabilityTimeline of(Collection<CapabilityEntry> entries) {
        return new CapabilityTimeline(entries.stream().sorted(FOLD_ORDER).toList());
    }

    /** The declaration in force on {@code date}, if any. */
    public Optional<CapabilityEntry> effectiveOn(LocalDate date) {
        String day = date.toString();
        CapabilityEntry current = null;
        for (CapabilityEntry entry : entries) {
            if (entry.date().compareTo(day) > 0) {
                break;
            }
            current = entry;
        }
        return Optional.ofNullable(current).filter(CapabilityEntry::isDeclaration);
    }

    /** The last declaration, and the date it was withdrawn on when a withdrawal comes after it. */
    public Optional<Period> latest() {
        CapabilityEntry declaration = null;
        String withdrawnOn = null;
        for (CapabilityEntry entry : entries) {
            if (entry.isDeclaration()) {
                declaration = entry;
                withdrawnOn = null;
            } else if (declaration != null && withdrawnOn == null) {
                withdrawnOn = entry.date();
            }
        }
        return declaration == null ? Optional.empty() : Optional.of(new Period(declaration, withdrawnOn));
    }

    public record Period(CapabilityEntry declaration, String withdrawnOn) {
    }
}
