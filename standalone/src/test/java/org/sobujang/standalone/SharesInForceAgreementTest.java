package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sobujang.command.sourcing.ShareTimeline;
import org.sobujang.query.sourcing.ChangeDocument;
import org.sobujang.query.sourcing.PlanHistory;
import org.sobujang.query.sourcing.PlanState;

/**
 * Both sides fold a plan's history by one definition ({@code SharesInForce}): on random histories the command side
 * refuses a plan exactly when the query side's shares in force exceed 1 on some date, on the same first date with the
 * same sum.
 */
class SharesInForceAgreementTest {

    private static final String[] SUPPLIERS = {"tok", "jsr", "dongjin", "skm", "soulbrain"};

    @Test
    void theCommandSidesRefusalAndTheQuerySidesSharesAgreeOnRandomHistories() {
        Random random = new Random(20191004);
        int refused = 0;
        for (int history = 0; history < 3_000; history++) {
            List<ShareTimeline.Step> steps = new ArrayList<>();
            List<ChangeDocument> changes = new ArrayList<>();
            for (int i = random.nextInt(12); i >= 0; i--) {
                // few dates, so that several changes share one and their recording order decides
                LocalDate effective = LocalDate.of(2019, 1, 1).plusDays(30L * random.nextInt(6));
                long order = steps.size() + changes.size();
                boolean revision = random.nextInt(4) == 0;
                Map<String, BigDecimal> shares = new HashMap<>();
                for (int s = revision ? random.nextInt(4) : 1; s > 0; s--) {
                    shares.put(SUPPLIERS[random.nextInt(SUPPLIERS.length)], share(random));
                }
                boolean retracted = random.nextInt(8) == 0;
                String id = "c" + order;
                if (!retracted) {
                    steps.add(new ShareTimeline.Step(id, effective, order, Map.copyOf(shares), revision));
                }
                changes.add(revision
                        ? new ChangeDocument(ChangeDocument.Kind.REVISION, null, null, Map.copyOf(shares),
                                             effective.toString(), null, null, null, Instant.EPOCH, order,
                                             retracted ? Boolean.TRUE : null)
                        : new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, shares.keySet().iterator().next(),
                                             shares.values().iterator().next(), null, effective.toString(), null,
                                             null, null, Instant.EPOCH, order, retracted ? Boolean.TRUE : null));
            }

            Optional<ShareTimeline.Excess> commandSide = ShareTimeline.firstExcess(steps);
            Optional<ShareTimeline.Excess> querySide = firstExcess(PlanHistory.of(changes), steps);

            assertThat(querySide.map(ShareTimeline.Excess::date)).as("history %d: %s", history, changes)
                    .isEqualTo(commandSide.map(ShareTimeline.Excess::date));
            querySide.ifPresent(q -> assertThat(q.sum()).isEqualByComparingTo(commandSide.orElseThrow().sum()));
            refused += commandSide.isPresent() ? 1 : 0;
        }
        // both kinds of history were tried
        assertThat(refused).isBetween(300, 2_700);
    }

    /** The first date on which the query side's shares in force sum to more than 1. */
    private static Optional<ShareTimeline.Excess> firstExcess(PlanHistory history, List<ShareTimeline.Step> steps) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        steps.forEach(step -> dates.add(step.effectiveFrom()));
        for (LocalDate date : dates) {
            BigDecimal sum = history.at(date).suppliers().values().stream().map(PlanState.Position::share)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) > 0) {
                return Optional.of(new ShareTimeline.Excess(date, sum));
            }
        }
        return Optional.empty();
    }

    private static BigDecimal share(Random random) {
        return random.nextInt(6) == 0 ? BigDecimal.ZERO : new BigDecimal(random.nextInt(60) + 1).movePointLeft(2);
    }
}
