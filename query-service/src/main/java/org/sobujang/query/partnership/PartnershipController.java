package org.sobujang.query.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.security.AccessPolicy;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.web.ClientErrors;
import org.sobujang.query.web.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PartnershipController {

    private final PartnershipReadModel partnerships;
    private final FirmReadModel firms;
    private final ComponentReadModel components;

    PartnershipController(PartnershipReadModel partnerships, FirmReadModel firms, ComponentReadModel components) {
        this.partnerships = partnerships;
        this.firms = firms;
        this.components = components;
    }

    @QueryMapping
    @Authorized(QueryOperation.PARTNERSHIPS)
    Connection<PartnershipView> partnerships(@Argument PartnershipFilter filter, @Argument Integer first,
                                             @Argument String after, @Argument Integer last,
                                             @Argument String before, Caller caller, AccessPolicy.Scope scope) {
        PartnershipFilter f = filter != null ? filter : new PartnershipFilter(null, null, null, null, null);
        Connection.Page page = new Connection.Page(first, after, last, before);
        if (f.kind() != null) {
            kind(f.kind());
        }
        List<PartnershipView> matching = partnerships.list(f).stream()
                .map(PartnershipView::of)
                .filter(p -> f.stage() == null || p.stage() == f.stage())
                // Before paging, so totalCount and cursors only ever count what this caller may see.
                .filter(p -> scope.covers(p.buyerId()) || scope.covers(p.supplierId()))
                .toList();
        // Started date first reads as a register; ISO dates sort as text.
        return Connection.of(matching, p -> new Connection.Key(p.startedOn().toString(), p.key()), page);
    }

    @BatchMapping(typeName = "Partnership")
    Map<PartnershipView, FirmDocument> buyer(List<PartnershipView> views) {
        return resolve(views, PartnershipView::buyerId, firms::findAll);
    }

    @BatchMapping(typeName = "Partnership")
    Map<PartnershipView, FirmDocument> supplier(List<PartnershipView> views) {
        return resolve(views, PartnershipView::supplierId, firms::findAll);
    }

    @BatchMapping(typeName = "Partnership")
    Map<PartnershipView, ComponentDocument> component(List<PartnershipView> views) {
        return resolve(views, PartnershipView::componentId, components::findAll);
    }

    private static void kind(String kind) {
        try {
            PartnershipKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ClientErrors.BadRequest("Unknown partnership kind '" + kind + "'");
        }
    }

    private static <S, T> Map<S, T> resolve(List<S> sources, Function<S, String> id,
                                            Function<Collection<String>, Map<String, T>> load) {
        Map<String, T> found = load.apply(sources.stream().map(id).distinct().toList());
        return sources.stream().filter(s -> found.containsKey(id.apply(s)))
                      .collect(Collectors.toMap(Function.identity(), s -> found.get(id.apply(s)), (a, b) -> a));
    }
}
