package org.sobujang.command.sourcing;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;

/** A plan sources a registered component. */
final class ComponentIsRegistered extends Rule {

    private static final ComponentIsRegistered RULE = new ComponentIsRegistered();

    private ComponentIsRegistered() {
    }

    static void check(Directory directory, String componentId) {
        directory.requireComponent(componentId, RULE);
    }
}
