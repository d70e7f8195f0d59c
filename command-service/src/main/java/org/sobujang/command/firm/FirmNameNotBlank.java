package org.sobujang.command.firm;

import org.sobujang.command.Rule;

/** A firm has a name: it is how analysts and partners recognise it. */
final class FirmNameNotBlank extends Rule {

    private static final FirmNameNotBlank RULE = new FirmNameNotBlank();

    private FirmNameNotBlank() {
    }

    static void check(String name) {
        if (name == null || name.isBlank()) {
            throw RULE.invalid("name", "a firm's name must not be blank");
        }
    }
}
