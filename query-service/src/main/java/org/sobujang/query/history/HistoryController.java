package org.sobujang.query.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.infra.Documents;
import org.sobujang.query.web.ClientErrors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class HistoryController {

    /** Recording order: the instant, then the aggregate's sequence, then the identifier for a total order. */
    private static final Comparator<Map.Entry<String, HistoryEntryDocument>> ORDER =
            Comparator.comparing((Map.Entry<String, HistoryEntryDocument> e) -> Instant.parse(e.getValue().recordedAt()))
                      .thenComparingLong(e -> e.getValue().sequence())
                      .thenComparing(Map.Entry::getKey);

    private final ComponentReadModel components;
    private final MongoTemplate mongo;

    HistoryController(ComponentReadModel components, MongoTemplate mongo) {
        this.components = components;
        this.mongo = mongo;
    }

    @QueryMapping
    List<HistoryEntryView> componentHistory(@Argument String id) {
        if (components.find(id).isEmpty()) {
            throw new ClientErrors.NotFound("No component with id '" + id + "'");
        }
        ComponentHistoryDocument history = mongo.findById(id, ComponentHistoryDocument.class,
                ComponentHistoryDocument.COLLECTION);
        if (history == null) {
            return List.of();
        }
        return history.entries().entrySet().stream().sorted(ORDER).map(e -> view(e.getValue())).toList();
    }

    private static HistoryEntryView view(HistoryEntryDocument entry) {
        Map<String, String> cause = entry.causedBy();
        return new HistoryEntryView(entry.type(), Documents.date(entry.effectiveDate()),
                entry.recordedAt(), entry.summary(),
                cause.isEmpty() ? null : new HistoryEntryView.CausedBy(cause.get("principal"),
                        cause.get("correlationId"), cause.get("traceId")),
                entry.aggregate());
    }
}
