package org.sobujang.command.firm;

import java.time.LocalDate;

import org.sobujang.command.Rule;

/** A capability is withdrawn on or after the date it was declared to hold from. */
final class WithdrawalNotBeforeDeclaration extends Rule {

    private static final WithdrawalNotBeforeDeclaration RULE = new WithdrawalNotBeforeDeclaration();

    private WithdrawalNotBeforeDeclaration() {
    }

    static void check(String componentId, LocalDate since, LocalDate effectiveFrom) {
        if (effectiveFrom.isBefore(since)) {
            throw RULE.violated("the capability for component " + componentId + " holds from " + since
                                        + ", it cannot be withdrawn from " + effectiveFrom);
        }
    }
}
