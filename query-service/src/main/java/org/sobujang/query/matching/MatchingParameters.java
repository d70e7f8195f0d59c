package org.sobujang.query.matching;

/**
 * Weights of risk-model.md §3's match score and the M values of each kind of capability match.
 *
 * @param sameComponent   M for a capability or non-terminated partnership on the component itself
 * @param sameSixDigits   M for a capability on a component sharing the first 6 HS digits
 * @param sameFourDigits  M for a capability on a component sharing the first 4 HS digits
 */
public record MatchingParameters(double matchWeight, double readinessWeight, double stageWeight,
                                 double capacityWeight, double sameComponent, double sameSixDigits,
                                 double sameFourDigits, double declaredCapacity) {

    /** The documented defaults the tests pin. */
    public static final MatchingParameters DEFAULTS =
            new MatchingParameters(0.40, 0.25, 0.20, 0.15, 1.0, 0.6, 0.3, 0.5);
}
