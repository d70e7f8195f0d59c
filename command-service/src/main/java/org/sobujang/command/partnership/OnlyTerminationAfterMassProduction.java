package org.sobujang.command.partnership;

import java.time.LocalDate;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.command.Rule;

/** Mass production is the last stage of qualification: a partnership there can only be terminated. */
final class OnlyTerminationAfterMassProduction extends Rule {

    private static final OnlyTerminationAfterMassProduction RULE = new OnlyTerminationAfterMassProduction();

    private OnlyTerminationAfterMassProduction() {
    }

    static void check(String partnershipId, PartnershipStage stage, LocalDate since, PartnershipStage next) {
        if (stage == PartnershipStage.MASS_PRODUCTION && next != PartnershipStage.TERMINATED) {
            throw RULE.violated("partnership " + partnershipId + " reached MASS_PRODUCTION on " + since
                                        + ", it can only be terminated");
        }
    }
}
