package org.sobujang.api.firm;

import java.time.LocalDate;

/** The capability no longer counts from {@code effectiveFrom} on. */
public record FirmCapabilityWithdrawn(String firmId, String componentId, LocalDate effectiveFrom) {
}
