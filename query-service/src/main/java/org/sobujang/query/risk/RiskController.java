package org.sobujang.query.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sobujang.api.Sector;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.Arguments;
import org.sobujang.query.web.Connection;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class RiskController {

    private static final Comparator<DependencyRiskView> RANKING =
            Comparator.comparing(DependencyRiskView::score, Comparator.reverseOrder())
                      .thenComparing(r -> r.component().name())
                      .thenComparing(r -> r.component().id());

    private final DependencyRiskService risks;
    private final FirmReadModel firms;
    private final ComponentReadModel components;
    private final SourcingReadModel sourcing;
    private final SobujangProperties settings;

    RiskController(DependencyRiskService risks, FirmReadModel firms, ComponentReadModel components,
                   SourcingReadModel sourcing, SobujangProperties settings) {
        this.risks = risks;
        this.firms = firms;
        this.components = components;
        this.sourcing = sourcing;
        this.settings = settings;
    }

    @QueryMapping
    @Authorized(QueryOperation.DEPENDENCY_RISK)
    DependencyRiskView dependencyRisk(@Argument String buyerId, @Argument String componentId,
                                      @Argument LocalDate asOf, Caller caller) {
        FirmDocument buyer = buyer(buyerId);
        components.require(componentId);
        return risks.assess(buyer, List.of(componentId), settings.asOfOrToday(asOf)).get(0);
    }

    @QueryMapping
    @Authorized(QueryOperation.RISK_RANKING)
    List<DependencyRiskView> riskRanking(@Argument String buyerId, @Argument String sector,
                                         @Argument RiskLevel minLevel, @Argument LocalDate asOf,
                                         @Argument Integer first, Caller caller) {
        int limit = Connection.checkPageSize(first);
        Sector wanted = Arguments.sector(sector);
        FirmDocument buyer = buyer(buyerId);
        return risks.assess(buyer, sourcing.componentsOf(buyerId), settings.asOfOrToday(asOf)).stream()
                    .filter(r -> r.score() != null)
                    .filter(r -> wanted == null || r.component().sector() == wanted)
                    .filter(r -> minLevel == null || r.level().compareTo(minLevel) >= 0)
                    .sorted(RANKING)
                    .limit(limit)
                    .toList();
    }

    private FirmDocument buyer(String buyerId) {
        return firms.require(buyerId);
    }
}
