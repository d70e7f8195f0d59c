package org.sobujang.command.component;

import org.sobujang.command.Rule;

/** A component has a name: buyers, suppliers and analysts recognise it by it. */
final class ComponentNameNotBlank extends Rule {

    private static final ComponentNameNotBlank RULE = new ComponentNameNotBlank();

    private ComponentNameNotBlank() {
    }

    static void check(String name) {
        if (name == null || name.isBlank()) {
            throw RULE.invalid("name", "a component's name must not be blank");
        }
    }
}
