package org.sobujang.command.partnership;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.directory.Directory.FirmEntry;

/** A partnership's supplier is a registered firm. */
final class PartnershipSupplierIsRegisteredFirm extends Rule {

    private static final PartnershipSupplierIsRegisteredFirm RULE = new PartnershipSupplierIsRegisteredFirm();

    private PartnershipSupplierIsRegisteredFirm() {
    }

    static FirmEntry check(Directory directory, String supplierId) {
        return directory.requireFirm(supplierId, RULE);
    }
}
