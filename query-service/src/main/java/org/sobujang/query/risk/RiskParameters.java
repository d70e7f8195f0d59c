package org.sobujang.query.risk;

/** Weights, mitigation and level thresholds of risk-model.md §1. */
public record RiskParameters(double restrictedShareWeight,
                             double foreignDependenceWeight,
                             double countryConcentrationWeight,
                             double supplierConcentrationWeight,
                             double singleSourceWeight,
                             double mitigationPerAlternative,
                             int mitigationMaxAlternatives,
                             double mediumFrom,
                             double highFrom,
                             double criticalFrom) {

    /** The documented defaults, which the worked examples in risk-model.md assume. */
    public static final RiskParameters DEFAULTS =
            new RiskParameters(0.50, 0.20, 0.15, 0.05, 0.10, 0.15, 2, 25, 50, 75);

    public RiskLevel levelOf(double roundedScore) {
        if (roundedScore >= criticalFrom) {
            return RiskLevel.CRITICAL;
        }
        if (roundedScore >= highFrom) {
            return RiskLevel.HIGH;
        }
        if (roundedScore >= mediumFrom) {
            return RiskLevel.MEDIUM;
        }
        return RiskLevel.LOW;
    }
}
