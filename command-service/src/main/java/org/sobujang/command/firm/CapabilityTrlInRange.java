package org.sobujang.command.firm;

import org.sobujang.command.Rule;

/** A capability's technology readiness is a level of the TRL scale, 1 to 9. */
final class CapabilityTrlInRange extends Rule {

    private static final CapabilityTrlInRange RULE = new CapabilityTrlInRange();

    private CapabilityTrlInRange() {
    }

    static void check(int technologyReadiness) {
        if (technologyReadiness < 1 || technologyReadiness > 9) {
            throw RULE.invalid("technologyReadiness", "technology readiness must be between 1 and 9");
        }
    }
}
