package org.sobujang.command.partnership;

import java.time.LocalDate;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.command.Rule;

/** A stage is entered on or after the date the current one was. */
final class StageNotDatedBeforePrevious extends Rule {

    private static final StageNotDatedBeforePrevious RULE = new StageNotDatedBeforePrevious();

    private StageNotDatedBeforePrevious() {
    }

    static void check(String partnershipId, PartnershipStage stage, LocalDate since, PartnershipStage next,
                      LocalDate on) {
        if (on.isBefore(since)) {
            throw RULE.violated("partnership " + partnershipId + " entered " + stage + " on " + since + ", " + next
                                        + " cannot be dated " + on);
        }
    }
}
