package org.sobujang.command.partnership;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.command.Rule;

/** A partnership moves through qualification forward, never back or in place. */
final class StagesMoveForwardOnly extends Rule {

    private static final StagesMoveForwardOnly RULE = new StagesMoveForwardOnly();

    private StagesMoveForwardOnly() {
    }

    /** Enum order is stage order and TERMINATED is last, so termination always counts as forward. */
    static void check(String partnershipId, PartnershipStage stage, PartnershipStage next) {
        if (next.compareTo(stage) <= 0) {
            throw RULE.violated("partnership " + partnershipId + " is at " + stage + ", it cannot move to " + next);
        }
    }
}
