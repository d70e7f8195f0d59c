package org.sobujang.api.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A later declaration for the same component replaces the earlier one from its {@code effectiveFrom} date on.
 * Revision 2: {@code since} was renamed {@code effectiveFrom} (the name of every other effective date) and
 * {@code evidence} (a test report, certificate or qualification reference) was added; events stored before that are
 * read through {@link FirmCapabilityDeclaredUpcaster}.
 */
@Revision(FirmCapabilityDeclared.REVISION)
public record FirmCapabilityDeclared(String firmId, String componentId, int technologyReadiness,
                                     BigDecimal annualCapacity, String unit, LocalDate effectiveFrom,
                                     String evidence) {

    public static final String REVISION = "2";

    /** A declaration without evidence. */
    public FirmCapabilityDeclared(String firmId, String componentId, int technologyReadiness,
                                  BigDecimal annualCapacity, String unit, LocalDate effectiveFrom) {
        this(firmId, componentId, technologyReadiness, annualCapacity, unit, effectiveFrom, null);
    }
}
