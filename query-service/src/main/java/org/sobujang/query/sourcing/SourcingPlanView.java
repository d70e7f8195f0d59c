package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** GraphQL {@code SourcingPlan}: the suppliers as of a date, and every change ever recorded in recording order. */
public record SourcingPlanView(String buyerId, String componentId, LocalDate asOf, List<SupplierShareView> suppliers,
                               BigDecimal annualVolume, String unit, List<Change> changes) {

    public record Change(String id, ChangeDocument.Kind kind, LocalDate effectiveFrom, OffsetDateTime recordedAt,
                         boolean retracted, List<ChangedShare> shares, BigDecimal annualVolume, String unit,
                         String evidence) {
    }

    /** A share as the change stated it; 0 removes the supplier. */
    public record ChangedShare(String supplierId, BigDecimal share) {
    }
}
