package org.sobujang.query.sourcing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourcingController {

    private final SourcingReadModel sourcing;
    private final FirmReadModel firms;
    private final ComponentReadModel components;
    private final SobujangProperties settings;

    SourcingController(SourcingReadModel sourcing, FirmReadModel firms, ComponentReadModel components,
                       SobujangProperties settings) {
        this.sourcing = sourcing;
        this.firms = firms;
        this.components = components;
        this.settings = settings;
    }

    /** Null when the buyer has recorded nothing for the component; NOT_FOUND when either is unknown. */
    @QueryMapping
    @Authorized(QueryOperation.SOURCING_PLAN)
    SourcingPlanView sourcingPlan(@Argument String buyerId, @Argument String componentId, @Argument LocalDate asOf,
                                  Caller caller) {
        firms.require(buyerId);
        components.require(componentId);
        LocalDate date = settings.asOfOrToday(asOf);
        return sourcing.plan(buyerId, componentId).map(plan -> view(plan, date)).orElse(null);
    }

    @BatchMapping(typeName = "SourcingPlan")
    Map<SourcingPlanView, FirmDocument> buyer(List<SourcingPlanView> plans) {
        return resolve(plans, SourcingPlanView::buyerId, firms::findAll);
    }

    @BatchMapping(typeName = "SourcingPlan")
    Map<SourcingPlanView, ComponentDocument> component(List<SourcingPlanView> plans) {
        return resolve(plans, SourcingPlanView::componentId, components::findAll);
    }

    @BatchMapping(typeName = "SupplierShare")
    Map<SupplierShareView, FirmDocument> supplier(List<SupplierShareView> shares) {
        return resolve(shares, SupplierShareView::supplierId, firms::findAll);
    }

    @BatchMapping(typeName = "ChangedShare", field = "supplier")
    Map<SourcingPlanView.ChangedShare, FirmDocument> changedShareSupplier(List<SourcingPlanView.ChangedShare> shares) {
        return resolve(shares, SourcingPlanView.ChangedShare::supplierId, firms::findAll);
    }

    private static <S, T> Map<S, T> resolve(List<S> sources, Function<S, String> id,
                                            Function<Collection<String>, Map<String, T>> load) {
        Map<String, T> found = load.apply(sources.stream().map(id).distinct().toList());
        return sources.stream().filter(s -> found.containsKey(id.apply(s)))
                      .collect(Collectors.toMap(Function.identity(), s -> found.get(id.apply(s)), (a, b) -> a));
    }

    private static SourcingPlanView view(SourcingPlanDocument plan, LocalDate asOf) {
        PlanState state = PlanState.at(plan.changes().values(), asOf);
        List<SourcingPlanView.Change> changes = plan.changes().entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().sequence()))
                .map(e -> change(e.getKey(), e.getValue()))
                .toList();
        return new SourcingPlanView(plan.buyerId(), plan.componentId(), asOf,
                state.positions().stream().map(SupplierShareView::of).toList(),
                state.annualVolume(), state.unit(), changes);
    }

    private static SourcingPlanView.Change change(String id, ChangeDocument change) {
        List<SourcingPlanView.ChangedShare> shares = change.kind() == ChangeDocument.Kind.REVISION
                ? change.shares().entrySet().stream()
                        .map(s -> new SourcingPlanView.ChangedShare(s.getKey(), s.getValue()))
                        .sorted(Comparator.comparing(SourcingPlanView.ChangedShare::supplierId))
                        .toList()
                : List.of(new SourcingPlanView.ChangedShare(change.supplierId(), change.share()));
        return new SourcingPlanView.Change(id, change.kind(), LocalDate.parse(change.effectiveFrom()),
                change.recordedAt() == null ? null : change.recordedAt().atOffset(ZoneOffset.UTC), change.isRetracted(), shares,
                change.annualVolume(), change.unit(), change.evidence());
    }
}
