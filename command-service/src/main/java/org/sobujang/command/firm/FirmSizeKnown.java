package org.sobujang.command.firm;

import org.sobujang.api.firm.FirmSize;
import org.sobujang.command.Rule;

/** A firm's size is known: who may be a demand firm or a supplier in a partnership depends on it. */
final class FirmSizeKnown extends Rule {

    private static final FirmSizeKnown RULE = new FirmSizeKnown();

    private FirmSizeKnown() {
    }

    static void check(FirmSize size) {
        if (size == null) {
            throw RULE.invalid("size", "a firm's size must be one of SME, MIDSIZE, LARGE");
        }
    }
}
