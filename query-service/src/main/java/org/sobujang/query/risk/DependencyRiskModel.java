package org.sobujang.query.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The dependency risk of one buyer's sourcing plan, exactly as risk-model.md §1 defines it. */
public final class DependencyRiskModel {

    private final RiskParameters parameters;

    public DependencyRiskModel(RiskParameters parameters) {
        this.parameters = parameters;
    }

    public RiskAssessment assess(RiskInput input) {
        List<RiskInput.Supplier> sourcing = input.suppliers().stream().filter(s -> s.share() > 0).toList();
        double total = sourcing.stream().mapToDouble(RiskInput.Supplier::share).sum();
        double mitigation = mitigation(input.qualifiedDomesticAlternatives());
        if (total <= 0) {
            return new RiskAssessment(null, null, List.of(), mitigation);
        }

        double restricted = 0;
        double foreign = 0;
        double supplierHhi = 0;
        Map<String, Double> byCountry = new HashMap<>();
        for (RiskInput.Supplier supplier : sourcing) {
            double p = supplier.share() / total;
            if (supplier.country() != null && input.restrictingCountries().contains(supplier.country())) {
                restricted += p;
            }
            if (!Objects.equals(supplier.country(), input.buyerCountry())) {
                foreign += p;
            }
            supplierHhi += p * p;
            byCountry.merge(supplier.country(), p, Double::sum);
        }
        double countryHhi = byCountry.values().stream().mapToDouble(p -> p * p).sum();
        double singleSource = sourcing.size() == 1 ? 1 : 0;

        List<RiskFactor> factors = List.of(
                factor(RiskFactor.RESTRICTED_SHARE, restricted, parameters.restrictedShareWeight(), mitigation),
                factor(RiskFactor.FOREIGN_DEPENDENCE, foreign, parameters.foreignDependenceWeight(), mitigation),
                factor(RiskFactor.COUNTRY_CONCENTRATION, countryHhi, parameters.countryConcentrationWeight(), mitigation),
                factor(RiskFactor.SUPPLIER_CONCENTRATION, supplierHhi, parameters.supplierConcentrationWeight(), mitigation),
                factor(RiskFactor.SINGLE_SOURCE, singleSource, parameters.singleSourceWeight(), mitigation));
        double raw = factors.stream().mapToDouble(f -> f.weight() * f.value()).sum();
        double score = roundHalfUp(100 * raw * mitigation);
        return new RiskAssessment(score, parameters.levelOf(score), factors, mitigation);
    }

    private double mitigation(int alternatives) {
        return 1 - parameters.mitigationPerAlternative()
                   * Math.min(alternatives, parameters.mitigationMaxAlternatives());
    }

    private static RiskFactor factor(String name, double value, double weight, double mitigation) {
        return new RiskFactor(name, value, weight, 100 * weight * value * mitigation);
    }

    /**
     * Half up to one decimal. The score is first cut to 9 decimals so binary noise (a true 12.25 computed as
     * 12.2499999999) cannot flip the last digit the way an exact decimal computation would not.
     */
    public static double roundHalfUp(double value) {
        return BigDecimal.valueOf(value)
                         .setScale(9, RoundingMode.HALF_UP)
                         .setScale(1, RoundingMode.HALF_UP)
                         .doubleValue();
    }
}
