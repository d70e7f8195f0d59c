package org.sobujang.query.partnership;

import org.sobujang.api.partnership.PartnershipStage;

/** {@code stage} is the latest stage; {@code kind} a {@code PartnershipKind} name, checked by the controller. */
public record PartnershipFilter(String buyerId, String supplierId, String componentId, PartnershipStage stage,
                                String kind) {
}
