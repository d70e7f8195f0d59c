package org.sobujang.query.sourcing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One recorded change of a sourcing plan: a single supplier's share ({@code SHARE_CHANGE}: supplierId, share) or
 * a whole new supplier set ({@code REVISION}: shares). {@code sequence} is the plan aggregate's sequence number,
 * i.e. recording order.
 */
public record ChangeDocument(Kind kind, String supplierId, BigDecimal share, Map<String, BigDecimal> shares,
                             String effectiveFrom, BigDecimal annualVolume, String unit, String evidence,
                             Instant recordedAt, long sequence, Boolean retracted) {

    public enum Kind { SHARE_CHANGE, REVISION }

    public ChangeDocument {
        shares = shares == null ? Map.of() : shares;
    }

    public boolean isRetracted() {
        return Boolean.TRUE.equals(retracted);
    }

    /** This change, retracted by an event kept apart from it. */
    ChangeDocument asRetracted() {
        return new ChangeDocument(kind, supplierId, share, shares, effectiveFrom, annualVolume, unit, evidence,
                recordedAt, sequence, true);
    }
}
