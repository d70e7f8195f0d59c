package org.sobujang.command.component;

import org.sobujang.command.Rule;

/** A restriction is lifted once; a later change of mind is a new restriction. */
final class RestrictionLiftedAtMostOnce extends Rule {

    private static final RestrictionLiftedAtMostOnce RULE = new RestrictionLiftedAtMostOnce();

    private RestrictionLiftedAtMostOnce() {
    }

    static void check(Component.Restriction restriction) {
        if (restriction.liftedFrom() != null) {
            throw RULE.violated("restriction " + restriction.restrictionId() + " was already lifted from "
                                        + restriction.liftedFrom());
        }
    }
}
