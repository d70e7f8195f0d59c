package org.sobujang.command.partnership;

import java.util.Set;

import org.sobujang.api.firm.FirmSize;
import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory.FirmEntry;

/** The demand side of a demand–supply cooperation is a large or mid-sized firm. */
final class DemandFirmIsLargeOrMidsize extends Rule {

    private static final DemandFirmIsLargeOrMidsize RULE = new DemandFirmIsLargeOrMidsize();
    private static final Set<FirmSize> SIZES = Set.of(FirmSize.LARGE, FirmSize.MIDSIZE);

    private DemandFirmIsLargeOrMidsize() {
    }

    static void check(FirmEntry buyer) {
        if (!SIZES.contains(buyer.size())) {
            throw RULE.violated("demand firm " + buyer.firmId() + " is " + buyer.size()
                                        + ", a partnership needs a LARGE or MIDSIZE demand firm");
        }
    }
}
