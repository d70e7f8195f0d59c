package org.sobujang.command.partnership;

import java.util.Set;

import org.sobujang.api.firm.FirmSize;
import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory.FirmEntry;

/** The supply side of a demand–supply cooperation is a small or mid-sized firm. */
final class SupplierIsSmeOrMidsize extends Rule {

    private static final SupplierIsSmeOrMidsize RULE = new SupplierIsSmeOrMidsize();
    private static final Set<FirmSize> SIZES = Set.of(FirmSize.SME, FirmSize.MIDSIZE);

    private SupplierIsSmeOrMidsize() {
    }

    static void check(FirmEntry supplier) {
        if (!SIZES.contains(supplier.size())) {
            throw RULE.violated("supplier " + supplier.firmId() + " is " + supplier.size()
                                        + ", a partnership needs an SME or MIDSIZE supplier");
        }
    }
}
