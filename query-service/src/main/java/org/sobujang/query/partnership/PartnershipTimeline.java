package org.sobujang.query.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sobujang.api.partnership.PartnershipStage;

/**
 * The stages of one partnership over time, folded in order of the date each was reached and then recording
 * order, like every other dated fact here.
 */
public final class PartnershipTimeline {

    private static final Comparator<StageEntry> FOLD_ORDER =
            Comparator.comparing(StageEntry::on).thenComparingLong(StageEntry::sequence);

    private final List<StageEntry> entries;

    private PartnershipTimeline(List<StageEntry> entries) {
        this.entries = entries;
    }

    public static PartnershipTimeline of(Collection<StageEntry> entries) {
        return new PartnershipTimeline(entries.stream().sorted(FOLD_ORDER).toList());
    }

    public List<StageEntry> entries() {
        return entries;
    }

    /** The stage in force on {@code date}; empty before the partnership started. */
    public Optional<PartnershipStage> stageOn(LocalDate date) {
        String day = date.toString();
        PartnershipStage current = null;
        for (StageEntry entry : entries) {
            if (entry.on().compareTo(day) > 0) {
                break;
            }
            current = entry.stage();
        }
        return Optional.ofNullable(current);
    }

    /** The latest stage recorded, whatever its date. */
    public Optional<PartnershipStage> current() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).stage());
    }

    /** At {@code MASS_PRODUCTION} on {@code date}: reached it on or before, and not terminated on or before. */
    public boolean qualifiedOn(LocalDate date) {
        return stageOn(date).filter(s -> s == PartnershipStage.MASS_PRODUCTION).isPresent();
    }

    public boolean terminated() {
        return current().filter(s -> s == PartnershipStage.TERMINATED).isPresent();
    }
}
