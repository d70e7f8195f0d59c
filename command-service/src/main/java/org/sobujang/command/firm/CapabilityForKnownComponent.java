package org.sobujang.command.firm;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;

/** A firm declares a capability for a registered component. */
final class CapabilityForKnownComponent extends Rule {

    private static final CapabilityForKnownComponent RULE = new CapabilityForKnownComponent();

    private CapabilityForKnownComponent() {
    }

    static void check(Directory directory, String componentId) {
        directory.requireComponent(componentId, RULE);
    }
}
