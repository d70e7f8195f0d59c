package org.sobujang.api.partnership;

import java.time.LocalDate;

/** A new partnership is at stage {@code AGREED} from {@code startedOn}. */
public record PartnershipRegistered(String partnershipId, String buyerId, String supplierId, String componentId,
                                    PartnershipKind kind, LocalDate startedOn, String program) {
}
