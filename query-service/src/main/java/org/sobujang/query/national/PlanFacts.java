package org.sobujang.query.national;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.sobujang.query.sourcing.PlanState;

/**
 * One buyer's plan for one component at one date, as pooling needs it. Immutable; the total and the normalized
 * shares are computed once here, since progress asks them of every plan for every period end.
 */
public final class PlanFacts {

    private final String buyerId;
    private final String componentId;
    private final Map<String, BigDecimal> shares;
    private final BigDecimal annualVolume;
    private final String unit;
    private final BigDecimal total;
    private final Map<String, Double> normalized;

    /**
     * @param shares       supplier id → stored (unnormalized) share, zero shares left out
     * @param annualVolume of the latest change up to the date that states one; null if none does
     */
    public PlanFacts(String buyerId, String componentId, Map<String, BigDecimal> shares, BigDecimal annualVolume,
                     String unit) {
        this.buyerId = buyerId;
        this.componentId = componentId;
        this.shares = Map.copyOf(shares);
        this.annualVolume = annualVolume;
        this.unit = unit;
        this.total = this.shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Double> p = new HashMap<>();
        double t = total.doubleValue();
        this.shares.forEach((supplier, share) -> p.put(supplier, share.doubleValue() / t));
        this.normalized = Map.copyOf(p);
    }

    public static PlanFacts of(String buyerId, String componentId, PlanState state) {
        Map<String, BigDecimal> shares = new HashMap<>();
        state.suppliers().forEach((supplier, position) -> shares.put(supplier, position.share()));
        return new PlanFacts(buyerId, componentId, shares, state.annualVolume(), state.unit());
    }

    public String buyerId() {
        return buyerId;
    }

    public String componentId() {
        return componentId;
    }

    public Map<String, BigDecimal> shares() {
        return shares;
    }

    public BigDecimal annualVolume() {
        return annualVolume;
    }

    public String unit() {
        return unit;
    }

    /** T = Σ s_j; a plan with T = 0 records no sourcing and contributes nothing. */
    public BigDecimal total() {
        return total;
    }

    public boolean contributes() {
        return total.signum() > 0;
    }

    /** p_j = s_j / T (empty when nothing contributes). */
    public Map<String, Double> normalized() {
        return normalized;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanFacts other && buyerId.equals(other.buyerId) && componentId.equals(other.componentId)
               && shares.equals(other.shares) && Objects.equals(annualVolume, other.annualVolume)
               && Objects.equals(unit, other.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(buyerId, componentId, shares, annualVolume, unit);
    }

    @Override
    public String toString() {
        return "PlanFacts[" + buyerId + "/" + componentId + " " + shares + " " + annualVolume + " " + unit + "]";
    }
}
