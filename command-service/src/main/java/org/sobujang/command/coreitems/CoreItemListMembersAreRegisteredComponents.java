package org.sobujang.command.coreitems;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;

/** A core-item list holds registered components only. */
final class CoreItemListMembersAreRegisteredComponents extends Rule {

    private static final CoreItemListMembersAreRegisteredComponents RULE =
            new CoreItemListMembersAreRegisteredComponents();

    private CoreItemListMembersAreRegisteredComponents() {
    }

    static void check(Directory directory, String componentId) {
        directory.requireComponent(componentId, RULE);
    }
}
