package org.sobujang.api.partnership;

import java.time.LocalDate;

/** Carries the parties and the component so per-component read models need no lookup. */
public record PartnershipStageAdvanced(String partnershipId, String buyerId, String supplierId, String componentId,
                                       PartnershipStage previousStage, PartnershipStage stage, LocalDate on,
                                       String note) {
}
