package org.sobujang.query.national;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The contributing plans (T &gt; 0) of a pool with their weights, risk-model.md §2: each plan weighs its annual
 * volume when every contributing plan states one in the same unit, otherwise every plan weighs 1. Mixing volumes
 * with ones, or kilograms with pieces, would weigh apples against pears.
 */
public record WeightedPlans(List<Weighted> plans, boolean byVolume) {

    public record Weighted(PlanFacts plan, BigDecimal weight) {
    }

    public static WeightedPlans of(List<PlanFacts> plans) {
        List<PlanFacts> contributing = plans.stream().filter(PlanFacts::contributes).toList();
        String unit = contributing.isEmpty() ? null : contributing.get(0).unit();
        boolean byVolume = !contributing.isEmpty() && contributing.stream().allMatch(
                p -> p.annualVolume() != null && p.annualVolume().signum() > 0 && Objects.equals(p.unit(), unit));
        return new WeightedPlans(contributing.stream()
                .map(p -> new Weighted(p, byVolume ? p.annualVolume() : BigDecimal.ONE))
                .toList(), byVolume);
    }

    public boolean isEmpty() {
        return plans.isEmpty();
    }

    public BigDecimal totalWeight() {
        return plans.stream().map(Weighted::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Buyer id → the weight of its plans together; a buyer with plans for several components counts once. */
    public Map<String, BigDecimal> weightByBuyer() {
        Map<String, BigDecimal> byBuyer = new LinkedHashMap<>();
        plans.forEach(w -> byBuyer.merge(w.plan().buyerId(), w.weight(), BigDecimal::add));
        return byBuyer;
    }

    /** Σ w·f(plan) / Σ w; null when nothing contributes. */
    public Double weightedMean(ToDoubleFunction<PlanFacts> value) {
        if (plans.isEmpty()) {
            return null;
        }
        double total = totalWeight().doubleValue();
        return plans.stream().mapToDouble(w -> w.weight().doubleValue() * value.applyAsDouble(w.plan())).sum()
               / total;
    }

    /** P_j = Σ_b w_b p_{b,j} / Σ_b w_b. */
    public Map<String, Double> pooledShares() {
        double total = totalWeight().doubleValue();
        Map<String, Double> pooled = new HashMap<>();
        for (Weighted w : plans) {
            double weight = w.weight().doubleValue();
            w.plan().normalized().forEach((supplier, p) -> pooled.merge(supplier, weight * p / total, Double::sum));
        }
        return pooled;
    }
}
