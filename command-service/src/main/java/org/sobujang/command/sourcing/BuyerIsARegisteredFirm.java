package org.sobujang.command.sourcing;

import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory;

/** A plan is a registered firm's: the buyer whose demand it shares out. */
final class BuyerIsARegisteredFirm extends Rule {

    private static final BuyerIsARegisteredFirm RULE = new BuyerIsARegisteredFirm();

    private BuyerIsARegisteredFirm() {
    }

    static void check(Directory directory, String buyerId) {
        directory.requireFirm(buyerId, RULE);
    }
}
