package org.sobujang.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sobujang.api.Sector;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.coreitems.CoreItemListDocument;
import org.sobujang.query.coreitems.CoreItemListReadModel;
import org.sobujang.query.coreitems.LocalizationTargets;
import org.sobujang.query.national.ComponentPools;
import org.sobujang.query.national.NationalRiskService;
import org.sobujang.query.period.Interval;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.web.Arguments;
import org.sobujang.query.web.ClientErrors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves the scope, loads the pool once, and lets {@link LocalizationProgress} walk the period ends. */
@Controller
class ProgressController {

    /** 100 years of months: beyond that a request is a mistake, not a question. */
    static final int MAX_POINTS = 1200;

    private final ComponentReadModel components;
    private final CoreItemListReadModel lists;
    private final ComponentPools pools;
    private final LocalizationProgress progress;

    ProgressController(ComponentReadModel components, CoreItemListReadModel lists, ComponentPools pools,
                       NationalRiskService national) {
        this.components = components;
        this.lists = lists;
        this.pools = pools;
        this.progress = new LocalizationProgress(national.model());
    }

    @QueryMapping
    @Authorized(QueryOperation.LOCALIZATION_PROGRESS)
    List<ProgressPoint> localizationProgress(@Argument ProgressScope scope, @Argument LocalDate from,
                                             @Argument LocalDate to, @Argument Interval interval,
                                             Caller caller) {
        if (from.isAfter(to)) {
            throw new ClientErrors.BadRequest("from " + from + " is after to " + to);
        }
        List<LocalDate> dates = interval.periodEnds(from, to, MAX_POINTS);
        if (dates.size() > MAX_POINTS) {
            throw new ClientErrors.BadRequest("More than " + MAX_POINTS + " points asked for; use a longer interval "
                                              + "or a shorter range");
        }
        ProgressScope s = scope != null ? scope : new ProgressScope(null, null, null);
        Sector sector = Arguments.sector(s.sector());
        LocalizationTargets targets = null;
        Map<String, BigDecimal> targetsAsListed = null;
        Map<String, ComponentDocument> inScope;
        if (s.coreItemListId() != null || s.componentIds() != null) {
            Set<String> ids = null;
            if (s.coreItemListId() != null) {
                CoreItemListDocument list = lists.find(s.coreItemListId()).orElseThrow(
                        () -> new ClientErrors.NotFound("No core-item list with id '" + s.coreItemListId() + "'"));
                targets = LocalizationTargets.of(list.targets());
                targetsAsListed = list.targets();
                ids = new HashSet<>(list.componentIds());
            }
            if (s.componentIds() != null) {
                Map<String, ComponentDocument> named = components.findAll(s.componentIds());
                List<String> unknown = s.componentIds().stream().filter(id -> !named.containsKey(id)).toList();
                if (!unknown.isEmpty()) {
                    throw new ClientErrors.NotFound("No component with id " + unknown);
                }
                ids = ids == null ? new HashSet<>(s.componentIds()) : ids;
                ids.retainAll(s.componentIds());
            }
            inScope = components.findAll(ids);
        } else {
            inScope = components.list(sector == null ? null : sector.name(), null, null).stream()
                                .collect(Collectors.toMap(ComponentDocument::id, Function.identity()));
        }
        if (sector != null) {
            inScope = inScope.values().stream().filter(c -> c.sector() == sector)
                             .collect(Collectors.toMap(ComponentDocument::id, Function.identity()));
        }
        LocalizationTargets due = targets;
        return pools.answer(new Question(dates, targetsAsListed), inScope, pool -> progress.evaluate(pool, dates, due));
    }

    /** Besides the pool, what a progress series depends on (compared by value). */
    private record Question(List<LocalDate> dates, Map<String, BigDecimal> targets) {
    }
}
