package org.sobujang.query.national;

import java.time.LocalDate;
import java.util.List;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.risk.RiskFactor;
import org.sobujang.query.risk.RiskLevel;

/** GraphQL {@code NationalRisk}. */
public record NationalRiskView(ComponentDocument component, LocalDate asOf, Double score, RiskLevel level,
                               List<RiskFactor> factors, String suppressedReason, int contributingBuyers) {
}
