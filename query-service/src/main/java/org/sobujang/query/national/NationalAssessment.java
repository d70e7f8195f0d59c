package org.sobujang.query.national;

import java.util.List;

import org.sobujang.query.risk.RiskFactor;
import org.sobujang.query.risk.RiskLevel;

/**
 * The national figure for one component at one date. When {@code suppressedReason} is set, score and level are
 * null and there are no factors; {@code contributingBuyers} is always given, buyers themselves never.
 */
public record NationalAssessment(Double score, RiskLevel level, List<RiskFactor> factors, String suppressedReason,
                                 int contributingBuyers) {

    public boolean published() {
        return suppressedReason == null;
    }
}
