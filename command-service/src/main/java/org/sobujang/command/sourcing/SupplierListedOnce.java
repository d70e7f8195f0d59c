package org.sobujang.command.sourcing;

import java.util.Set;

import org.sobujang.command.Rule;

/** A revision gives each supplier one share: a supplier listed twice would leave its share in doubt. */
final class SupplierListedOnce extends Rule {

    private static final SupplierListedOnce RULE = new SupplierListedOnce();

    private SupplierListedOnce() {
    }

    /** @param listed the suppliers listed before {@code supplierId} */
    static void check(String field, Set<String> listed, String supplierId) {
        if (listed.contains(supplierId)) {
            throw RULE.invalid(field, "supplier " + supplierId + " is listed more than once in the revision");
        }
    }
}
