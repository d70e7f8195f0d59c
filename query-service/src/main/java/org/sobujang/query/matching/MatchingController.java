package org.sobujang.query.matching;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.web.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code domesticSupplierMatches}: the arguments checked, the matches found by {@link SupplierMatches}. */
@Controller
class MatchingController {

    private final ComponentReadModel components;
    private final FirmReadModel firms;
    private final SupplierMatches matches;

    MatchingController(ComponentReadModel components, FirmReadModel firms, SupplierMatches matches) {
        this.components = components;
        this.firms = firms;
        this.matches = matches;
    }

    @QueryMapping
    @Authorized(QueryOperation.DOMESTIC_SUPPLIER_MATCHES)
    List<SupplierMatch> domesticSupplierMatches(@Argument String componentId, @Argument String buyerId,
                                                @Argument Integer first, Caller caller) {
        int limit = Connection.checkPageSize(first);
        ComponentDocument component = components.require(componentId);
        if (buyerId != null) {
            firms.require(buyerId);
        }
        return matches.of(component, buyerId).stream().limit(limit).toList();
    }
    @BatchMapping(typeName = "SupplierMatch")
    Map<SupplierMatch, FirmDocument> supplier(List<SupplierMatch> matches) {
        Map<String, FirmDocument> found = firms.findAll(matches.stream().map(SupplierMatch::supplierId)
                                                               .collect(Collectors.toSet()));
        return matches.stream().filter(m -> found.containsKey(m.supplierId()))
                      .collect(Collectors.toMap(m -> m, m -> found.get(m.supplierId()), (a, b) -> a));
    }
}
