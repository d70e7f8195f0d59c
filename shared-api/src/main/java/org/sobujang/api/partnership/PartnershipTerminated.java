package org.sobujang.api.partnership;

import java.time.LocalDate;

public record PartnershipTerminated(String partnershipId, String buyerId, String supplierId, String componentId,
                                    PartnershipStage previousStage, LocalDate on, String note) {
}
