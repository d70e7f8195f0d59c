package org.sobujang.query.risk;

import java.time.LocalDate;
import java.util.List;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.sourcing.SupplierShareView;

/** GraphQL {@code DependencyRisk}. {@code note} explains a missing score. */
public record DependencyRiskView(FirmDocument buyer, ComponentDocument component, LocalDate asOf, Double score,
                                 RiskLevel level, List<RiskFactor> factors, List<SupplierShareView> suppliers,
                                 int qualifiedDomesticAlternatives, String note) {

    static final String NO_SOURCING = "no sourcing recorded";
}
