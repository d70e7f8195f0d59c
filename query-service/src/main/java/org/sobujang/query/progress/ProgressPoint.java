package org.sobujang.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sobujang.api.partnership.PartnershipStage;

/**
 * GraphQL {@code ProgressPoint}. When {@code suppressedReason} is set the shares are null; the counts stand, as
 * they disclose no buyer's figures. {@code componentsWithheld} counts the components in scope whose own national figure
 * is suppressed: their plans, if any, are left out of the shares.
 */
public record ProgressPoint(LocalDate date, Double domesticShare, Double restrictedShare, int componentsInScope,
                            int componentsWithQualifiedDomesticSupplier, Integer componentsAtHighRisk,
                            int componentsWithheld,
                            List<StageCount> partnershipsByStage, BigDecimal targetShare, String suppressedReason) {

    public record StageCount(PartnershipStage stage, int count) {
    }
}
