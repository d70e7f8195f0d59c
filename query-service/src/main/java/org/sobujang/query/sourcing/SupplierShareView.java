package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** GraphQL {@code SupplierShare}: the stored share, and the effective date of the change that set it. */
public record SupplierShareView(String supplierId, BigDecimal share, LocalDate since) {

    public static SupplierShareView of(PlanState.Position position) {
        return new SupplierShareView(position.supplierId(), position.share(), position.since());
    }
}
