package org.sobujang.command.partnership;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;

/** A partnership develops a registered component. */
final class PartnershipComponentIsRegistered extends Rule {

    private static final PartnershipComponentIsRegistered RULE = new PartnershipComponentIsRegistered();

    private PartnershipComponentIsRegistered() {
    }

    static void check(Directory directory, String componentId) {
        directory.requireComponent(componentId, RULE);
    }
}
