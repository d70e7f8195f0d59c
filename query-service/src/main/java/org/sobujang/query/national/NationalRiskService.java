package org.sobujang.query.national;

import java.time.LocalDate;

import org.sobujang.query.risk.DependencyRiskModel;
import org.sobujang.query.risk.RiskProperties;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.stereotype.Service;

/** The configured {@link NationalRiskModel}, applied to a loaded {@link ComponentPool}. */
@Service
public class NationalRiskService {

    private final NationalRiskModel model;

    NationalRiskService(RiskProperties risk, DisclosureProperties disclosure, SobujangProperties settings) {
        this.model = new NationalRiskModel(new DependencyRiskModel(risk.toParameters()), disclosure.toControl(),
                settings.homeCountry());
    }

    public NationalRiskModel model() {
        return model;
    }

    public NationalAssessment assess(ComponentPool pool, String componentId, LocalDate date) {
        return model.assess(pool.plansOn(componentId, date), pool.restrictingOn(componentId, date),
                pool.qualifiedOn(componentId, date), pool.countries());
    }
}
