package org.sobujang.command.sourcing;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;

/** A share goes to a registered firm. */
final class SupplierIsARegisteredFirm extends Rule {

    private static final SupplierIsARegisteredFirm RULE = new SupplierIsARegisteredFirm();

    private SupplierIsARegisteredFirm() {
    }

    static void check(Directory directory, String supplierId) {
        directory.requireFirm(supplierId, RULE);
    }
}
