package org.sobujang.query.national;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sobujang.query.risk.DependencyRiskModel;
import org.sobujang.query.risk.RiskAssessment;
import org.sobujang.query.risk.RiskInput;

/**
 * risk-model.md §2: pools every buyer's plan for a component, applies disclosure control, then §1 on the pooled
 * shares with the home country as the buyer's country (so foreign dependence and R(c, d) are national).
 */
public final class NationalRiskModel {

    private final DependencyRiskModel model;
    private final DisclosureControl disclosure;
    private final String homeCountry;

    public NationalRiskModel(DependencyRiskModel model, DisclosureControl disclosure, String homeCountry) {
        this.model = model;
        this.disclosure = disclosure;
        this.homeCountry = homeCountry;
    }

    public DisclosureControl disclosure() {
        return disclosure;
    }

    /**
     * @param restricting R(c, d) against the home country
     * @param qualified   domestic firms qualified for the component at d
     * @param countries   firm id → country for every pooled supplier
     */
    public NationalAssessment assess(List<PlanFacts> plans, Set<String> restricting, Set<String> qualified,
                                     Map<String, String> countries) {
        WeightedPlans pool = WeightedPlans.of(plans);
        int buyers = pool.weightByBuyer().size();
        Optional<String> suppressed = disclosure.suppression(pool);
        if (suppressed.isPresent()) {
            return new NationalAssessment(null, null, List.of(), suppressed.get(), buyers);
        }
        Map<String, Double> pooled = pool.pooledShares();
        List<RiskInput.Supplier> suppliers = pooled.entrySet().stream()
                .map(e -> new RiskInput.Supplier(e.getKey(), countries.get(e.getKey()), e.getValue()))
                .toList();
        Set<String> alternatives = new HashSet<>(qualified);
        alternatives.removeAll(pooled.keySet());
        RiskAssessment assessment = model.assess(new RiskInput(homeCountry, suppliers, restricting,
                alternatives.size()));
        return new NationalAssessment(assessment.score(), assessment.level(), assessment.factors(), null, buyers);
    }
}
