package org.sobujang.query.risk;

import java.util.List;
import java.util.Set;

/**
 * What §1 needs about one plan at one date.
 *
 * @param suppliers                     the plan's suppliers with their stored (unnormalized) shares
 * @param restrictingCountries          R(c, d): imposing countries of restrictions active at d against the buyer's country
 * @param qualifiedDomesticAlternatives ALT: qualified domestic firms not already among the suppliers
 */
public record RiskInput(String buyerCountry, List<Supplier> suppliers, Set<String> restrictingCountries,
                        int qualifiedDomesticAlternatives) {

    public RiskInput {
        suppliers = List.copyOf(suppliers);
        restrictingCountries = Set.copyOf(restrictingCountries);
    }

    /** {@code country} is null while the supplier's registration has not reached the read model yet. */
    public record Supplier(String id, String country, double share) {
    }
}
