package org.sobujang.command.partnership;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.directory.Directory.FirmEntry;

/** A partnership's demand firm is a registered firm. */
final class PartnershipBuyerIsRegisteredFirm extends Rule {

    private static final PartnershipBuyerIsRegisteredFirm RULE = new PartnershipBuyerIsRegisteredFirm();

    private PartnershipBuyerIsRegisteredFirm() {
    }

    static FirmEntry check(Directory directory, String buyerId) {
        return directory.requireFirm(buyerId, RULE);
    }
}
