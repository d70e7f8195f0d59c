package org.sobujang.command.sourcing;

import java.util.List;

import org.sobujang.command.Rule;

/**
 * A plan shares out the buyer's demand: on no effective date do the suppliers' shares sum to more than 1. Every date
 * is checked, not just the one a change takes effect on, since a backdated change can break any later date.
 */
final class SharesNeverExceedDemand extends Rule {

    private static final SharesNeverExceedDemand RULE = new SharesNeverExceedDemand();

    private SharesNeverExceedDemand() {
    }

    /** @param steps the plan's changes and revisions in force, the candidate among them */
    static void check(List<ShareTimeline.Step> steps) {
        ShareTimeline.firstExcess(steps).ifPresent(excess -> {
            throw RULE.violated("shares would sum to " + sum(excess) + " on " + excess.date());
        });
    }

    /** @param remaining the plan's changes and revisions in force once {@code changeId} is retracted */
    static void checkWithout(String changeId, List<ShareTimeline.Step> remaining) {
        ShareTimeline.firstExcess(remaining).ifPresent(excess -> {
            throw RULE.violated("without change " + changeId + " shares would sum to " + sum(excess) + " on "
                                        + excess.date());
        });
    }

    private static String sum(ShareTimeline.Excess excess) {
        return excess.sum().stripTrailingZeros().toPlainString();
    }
}
