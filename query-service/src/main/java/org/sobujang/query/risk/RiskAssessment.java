package org.sobujang.query.risk;

import java.util.List;

/** {@code score} and {@code level} are null, and there are no factors, when the plan records no sourcing (T = 0). */
public record RiskAssessment(Double score, RiskLevel level, List<RiskFactor> factors, double mitigation) {

    public boolean hasScore() {
        return score != null;
    }
}
