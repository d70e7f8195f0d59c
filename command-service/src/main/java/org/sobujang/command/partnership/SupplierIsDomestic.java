package org.sobujang.command.partnership;

import org.sobujang.command.HomeCountry;
import org.sobujang.command.Rule;
import org.sobujang.command.directory.Directory.FirmEntry;

/** A partnership localizes supply: its supplier is based in the home country. */
final class SupplierIsDomestic extends Rule {

    private static final SupplierIsDomestic RULE = new SupplierIsDomestic();

    private SupplierIsDomestic() {
    }

    static void check(FirmEntry supplier, HomeCountry homeCountry) {
        if (!homeCountry.isDomestic(supplier.country())) {
            throw RULE.violated("supplier " + supplier.firmId() + " is based in " + supplier.country()
                                        + ", a partnership needs a supplier from " + homeCountry.code());
        }
    }
}
