package org.sobujang.command.partnership;

import java.time.LocalDate;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.command.Rule;

/** A terminated partnership stays terminated. */
final class NothingAfterTermination extends Rule {

    private static final NothingAfterTermination RULE = new NothingAfterTermination();

    private NothingAfterTermination() {
    }

    static void check(String partnershipId, PartnershipStage stage, LocalDate since) {
        if (stage == PartnershipStage.TERMINATED) {
            throw RULE.violated("partnership " + partnershipId + " was terminated on " + since);
        }
    }
}
