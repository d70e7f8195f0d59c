package org.sobujang.query.component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sobujang.api.Sector;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.web.Arguments;
import org.sobujang.query.web.ClientErrors;
import org.sobujang.query.web.Connection;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ComponentController {

    private final ComponentReadModel components;
    private final SobujangProperties settings;

    ComponentController(ComponentReadModel components, SobujangProperties settings) {
        this.components = components;
        this.settings = settings;
    }

    @QueryMapping
    ComponentDocument component(@Argument String id) {
        return components.find(id).orElse(null);
    }

    @QueryMapping
    Connection<ComponentDocument> components(@Argument ComponentFilter filter, @Argument Integer first,
                                             @Argument String after, @Argument Integer last,
                                             @Argument String before) {
        Connection.Page page = new Connection.Page(first, after, last, before);
        ComponentFilter f = filter != null ? filter : new ComponentFilter(null, null, null, null, null);
        if (f.hsPrefix() != null && !f.hsPrefix().matches("\\d{1,10}")) {
            throw new ClientErrors.BadRequest("hsPrefix must be 1 to 10 digits, got '" + f.hsPrefix() + "'");
        }
        Sector sector = Arguments.sector(f.sector());
        LocalDate asOf = settings.asOfOrToday(f.asOf());
        String sectorName = sector == null ? null : sector.name();
        String category = f.category() == null ? null : f.category().name();
        if (f.restricted() == null) {
            return Connection.of(components.listing(sectorName, category, f.hsPrefix()), ComponentController::key, page);
        }
        // whether a component is restricted depends on the date: decided here, over the filtered components
        List<ComponentDocument> matching = components.list(sectorName, category, f.hsPrefix()).stream()
                .filter(c -> c.restrictedOn(asOf, settings.homeCountry()) == f.restricted())
                .toList();
        return Connection.of(matching, ComponentController::key, page);
    }

    @SchemaMapping(typeName = "Component")
    List<RestrictionView> restrictions(ComponentDocument component) {
        return component.restrictions().entrySet().stream()
                        .map(e -> new RestrictionView(e.getKey(), e.getValue().imposingCountry(),
                                e.getValue().targetCountry(), e.getValue().measure(),
                                Documents.date(e.getValue().effectiveFrom()), Documents.date(e.getValue().liftedOn()),
                                e.getValue().legalReference()))
                        .sorted(Comparator.comparing(RestrictionView::effectiveFrom)
                                          .thenComparing(RestrictionView::id))
                        .toList();
    }

    @SchemaMapping(typeName = "Component")
    boolean restricted(ComponentDocument component, @Argument LocalDate asOf) {
        return component.restrictedOn(settings.asOfOrToday(asOf), settings.homeCountry());
    }

    private static Connection.Key key(ComponentDocument component) {
        return new Connection.Key(component.name(), component.id());
    }
}
