package org.sobujang.query.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NationalRiskController {

    private final ComponentReadModel components;
    private final ComponentPools pools;
    private final NationalRiskService national;
    private final SobujangProperties settings;

    NationalRiskController(ComponentReadModel components, ComponentPools pools, NationalRiskService national,
                           SobujangProperties settings) {
        this.components = components;
        this.pools = pools;
        this.national = national;
        this.settings = settings;
    }

    @QueryMapping
    @Authorized(QueryOperation.NATIONAL_RISK)
    NationalRiskView nationalRisk(@Argument String componentId, @Argument LocalDate asOf, Caller caller) {
        ComponentDocument component = components.require(componentId);
        LocalDate date = settings.asOfOrToday(asOf);
        NationalAssessment assessment = pools.answer(List.of("nationalRisk", componentId, date),
                Map.of(componentId, component), pool -> national.assess(pool, componentId, date));
        return new NationalRiskView(component, date, assessment.score(), assessment.level(), assessment.factors(),
                assessment.suppressedReason(), assessment.contributingBuyers());
    }
}
