package org.sobujang.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sobujang.api.partnership.PartnershipStage;

/**
 * GraphQL {@code ProgressPoint}. When {@code suppressedReason} is set the shares are null; the counts stand, as
 * they disclose no buyer's figures.
 */
public record ProgressPoint(LocalDate date, Double domesticShare, Double restrictedShare, int componentsInScope,
                            int componentsWithQualifiedDomesticSupplier, Integer componentsAtHighRisk,
                            List<StageCount> partnershipsByStage, BigDecimal targetShare, String suppressedReason) {

    public record StageCount(PartnershipStage stage, int count) {
    }
}
