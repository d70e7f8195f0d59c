package org.sobujang.query.firm;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.web.Connection;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class FirmController {

    private final FirmReadModel firms;
    private final ComponentReadModel components;
    private final SobujangProperties settings;

    FirmController(FirmReadModel firms, ComponentReadModel components, SobujangProperties settings) {
        this.firms = firms;
        this.components = components;
        this.settings = settings;
    }

    @QueryMapping
    FirmDocument firm(@Argument String id) {
        return firms.find(id).orElse(null);
    }

    @QueryMapping
    Connection<FirmDocument> firms(@Argument FirmFilter filter, @Argument Integer first, @Argument String after,
                                   @Argument Integer last, @Argument String before) {
        Connection.Page page = new Connection.Page(first, after, last, before);
        return Connection.of(firms.list(filter), f -> new Connection.Key(f.name(), f.id()), page);
    }

    @SchemaMapping(typeName = "Firm")
    boolean domestic(FirmDocument firm) {
        return settings.isDomestic(firm.country());
    }

    @SchemaMapping(typeName = "Firm")
    List<CapabilityView> capabilities(FirmDocument firm) {
        return firm.capabilities().entrySet().stream()
                   .map(e -> CapabilityTimeline.of(e.getValue().values()).latest()
                                               .map(period -> view(e.getKey(), period)))
                   .flatMap(Optional::stream)
                   .sorted(Comparator.comparing(CapabilityView::componentId))
                   .toList();
    }

    @BatchMapping(typeName = "Capability")
    Map<CapabilityView, ComponentDocument> component(List<CapabilityView> capabilities) {
        Map<String, ComponentDocument> found =
                components.findAll(capabilities.stream().map(CapabilityView::componentId).toList());
        return capabilities.stream().filter(c -> found.containsKey(c.componentId()))
                           .collect(Collectors.toMap(c -> c, c -> found.get(c.componentId()), (a, b) -> a));
    }

    private static CapabilityView view(String componentId, CapabilityTimeline.Period period) {
        CapabilityEntry declaration = period.declaration();
        return new CapabilityView(componentId, declaration.technologyReadiness(), declaration.annualCapacity(),
                declaration.unit(), Documents.date(declaration.date()), Documents.date(period.withdrawnOn()),
                declaration.evidence());
    }
}
