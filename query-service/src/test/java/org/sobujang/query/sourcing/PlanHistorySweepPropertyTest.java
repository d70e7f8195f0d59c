package org.sobujang.query.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link PlanHistory#at(List)} — one sweep for many dates — answers exactly what {@link PlanHistory#at} does. */
public class PlanHistorySweepPropertyTest {

    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final String[] SUPPLIERS = {"tok", "jsr", "dongjin", "skm", "soulbrain"};

    @Property(tries = 300)
    void theSweepEqualsOneFoldPerDate(@ForAll long seed) {
        Random random = new Random(seed);
        List<ChangeDocument> changes = randomChanges(random, random.nextInt(40));
        PlanHistory history = PlanHistory.of(changes);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = START.minusDays(random.nextInt(30));
        for (int i = random.nextInt(80); i > 0; i--) {
            date = date.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(60));
            dates.add(date);
        }

        List<PlanState> swept = history.at(dates);

        assertThat(swept).hasSize(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            assertThat(swept.get(i)).as("at %s", dates.get(i)).isEqualTo(history.at(dates.get(i)));
            if (i > 0 && !effectiveBetween(changes, dates.get(i - 1), dates.get(i))) {
                // no change took effect since the previous date: the same instance is handed on
                assertThat(swept.get(i)).isSameAs(swept.get(i - 1));
            }
        }
    }

    @Test
    void datesOutOfOrderAreRefused() {
        PlanHistory history = PlanHistory.of(List.of());
        assertThatThrownBy(() -> history.at(List.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean effectiveBetween(List<ChangeDocument> changes, LocalDate after, LocalDate upTo) {
        return changes.stream().filter(c -> !c.isRetracted()).map(c -> LocalDate.parse(c.effectiveFrom()))
                      .anyMatch(d -> d.isAfter(after) && !d.isAfter(upTo));
    }

    /** Share changes and revisions (some retracted, some zero, some with volumes) over five years from 2018. */
    public static List<ChangeDocument> randomChanges(Random random, int count) {
        List<ChangeDocument> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String effective = START.plusDays(random.nextInt(5 * 365)).toString();
            BigDecimal volume = random.nextInt(3) == 0 ? new BigDecimal(1 + random.nextInt(500)) : null;
            String unit = volume == null ? null : random.nextBoolean() ? "kg" : "t";
            Boolean retracted = random.nextInt(8) == 0 ? Boolean.TRUE : null;
            if (random.nextInt(5) == 0) {
                Map<String, BigDecimal> shares = new HashMap<>();
                for (int s = random.nextInt(4); s > 0; s--) {
                    shares.put(SUPPLIERS[random.nextInt(SUPPLIERS.length)], share(random));
                }
                changes.add(new ChangeDocument(ChangeDocument.Kind.REVISION, null, null, shares, effective, volume,
                        unit, null, Instant.EPOCH, i, retracted));
            } else {
                changes.add(new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE,
                        SUPPLIERS[random.nextInt(SUPPLIERS.length)], share(random), null, effective, volume, unit,
                        null, Instant.EPOCH, i, retracted));
            }
        }
        return changes;
    }

    private static BigDecimal share(Random random) {
        return random.nextInt(6) == 0 ? BigDecimal.ZERO : new BigDecimal(random.nextInt(100) + 1).movePointLeft(2);
    }
}
