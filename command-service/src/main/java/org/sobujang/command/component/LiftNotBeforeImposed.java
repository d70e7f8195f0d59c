package org.sobujang.command.component;

import java.time.LocalDate;

import org.sobujang.command.Rule;

/** A restriction is lifted on or after the date it took effect. */
final class LiftNotBeforeImposed extends Rule {

    private static final LiftNotBeforeImposed RULE = new LiftNotBeforeImposed();

    private LiftNotBeforeImposed() {
    }

    static void check(Component.Restriction restriction, LocalDate liftedFrom) {
        if (liftedFrom.isBefore(restriction.effectiveFrom())) {
            throw RULE.violated("restriction " + restriction.restrictionId() + " took effect on "
                                        + restriction.effectiveFrom() + ", it cannot be lifted from " + liftedFrom);
        }
    }
}
