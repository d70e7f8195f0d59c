package org.sobujang.query.national;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.sobujang.query.sourcing.PlanState;

/**
 * One buyer's plan for one component at one date, as pooling needs it.
 *
 * @param shares       supplier id → stored (unnormalized) share, zero shares left out
 * @param annualVolume of the latest change up to the date that states one; null if none does
 */
public record PlanFacts(String buyerId, String componentId, Map<String, BigDecimal> shares, BigDecimal annualVolume,
                        String unit) {

    public PlanFacts {
        shares = Map.copyOf(shares);
    }

    public static PlanFacts of(String buyerId, String componentId, PlanState state) {
        Map<String, BigDecimal> shares = new HashMap<>();
        state.suppliers().forEach((supplier, position) -> shares.put(supplier, position.share()));
        return new PlanFacts(buyerId, componentId, shares, state.annualVolume(), state.unit());
    }

    /** T = Σ s_j; a plan with T = 0 records no sourcing and contributes nothing. */
    public BigDecimal total() {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean contributes() {
        return total().signum() > 0;
    }

    /** p_j = s_j / T. */
    public Map<String, Double> normalized() {
        double total = total().doubleValue();
        Map<String, Double> normalized = new HashMap<>();
        shares.forEach((supplier, share) -> normalized.put(supplier, share.doubleValue() / total));
        return normalized;
    }
}
