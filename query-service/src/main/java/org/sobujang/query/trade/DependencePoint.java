package org.sobujang.query.trade;

/**
 * GraphQL {@code DependencePoint}. {@code share} is null when the period has no imports at all (or, by weight, no
 * weight); {@code source} is the one source summed for the period, null when neither has data.
 */
public record DependencePoint(String period, Double share, double partnerValueUsd, double totalValueUsd,
                              double partnerWeightKg, double totalWeightKg, String source) {
}
