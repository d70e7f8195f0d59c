package org.sobujang.command.coreitems;

import org.sobujang.command.Rule;

/** A core-item list has a name: analysts choose it by name as the scope of their figures. */
final class CoreItemListNameNotBlank extends Rule {

    private static final CoreItemListNameNotBlank RULE = new CoreItemListNameNotBlank();

    private CoreItemListNameNotBlank() {
    }

    static void check(String name) {
        if (name == null || name.isBlank()) {
            throw RULE.invalid("name", "a core-item list's name must not be blank");
        }
    }
}
