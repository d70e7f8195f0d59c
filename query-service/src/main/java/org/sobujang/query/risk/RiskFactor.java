package org.sobujang.query.risk;

/** One explainable term of the score: {@code contribution = 100 × weight × value × m}, all unrounded. */
public record RiskFactor(String name, double value, double weight, double contribution) {

    public static final String RESTRICTED_SHARE = "RESTRICTED_SHARE";
    public static final String FOREIGN_DEPENDENCE = "FOREIGN_DEPENDENCE";
    public static final String COUNTRY_CONCENTRATION = "COUNTRY_CONCENTRATION";
    public static final String SUPPLIER_CONCENTRATION = "SUPPLIER_CONCENTRATION";
    public static final String SINGLE_SOURCE = "SINGLE_SOURCE";
}
