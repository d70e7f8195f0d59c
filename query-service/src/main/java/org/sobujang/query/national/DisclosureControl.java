package org.sobujang.query.national;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Statistical-office disclosure control of risk-model.md §2: a pooled figure is published only when at least
 * {@code minBuyers} distinct buyers contribute and no buyer carries more than {@code maxBuyerWeightShare} of the
 * total weight (exactly that share is published). Compared in exact decimals, so 75 % is never 75.0000001 %.
 */
public record DisclosureControl(int minBuyers, BigDecimal maxBuyerWeightShare) {

    public static final String TOO_FEW_FIRMS = "SUPPRESSED_TOO_FEW_FIRMS";
    public static final String DOMINANCE = "SUPPRESSED_DOMINANCE";
    public static final DisclosureControl DEFAULTS = new DisclosureControl(3, new BigDecimal("0.75"));

    /** Empty when the figure may be published; otherwise the reason, fewest firms checked first. */
    public Optional<String> suppression(WeightedPlans pool) {
        Map<String, BigDecimal> byBuyer = pool.weightByBuyer();
        if (byBuyer.size() < minBuyers) {
            return Optional.of(TOO_FEW_FIRMS);
        }
        BigDecimal largest = byBuyer.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (largest.compareTo(pool.totalWeight().multiply(maxBuyerWeightShare)) > 0) {
            return Optional.of(DOMINANCE);
        }
        return Optional.empty();
    }
}
