package org.sobujang.api.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record SourcingPlanRevised(String changeId, String buyerId, String componentId, LocalDate effectiveFrom,
                                  List<SupplierShareValue> shares, BigDecimal annualVolume, String unit,
                                  String evidence) {

    public SourcingPlanRevised {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
