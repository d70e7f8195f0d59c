package org.sobujang.query.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.security.AccessPolicy;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
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
    @Authorized(QueryOperation.COMPONENT_HISTORY)
    List<HistoryEntryView> componentHistory(@Argument String id, Caller caller, AccessPolicy.Scope scope) {
        components.require(id);
        Map<String, HistoryEntryDocument> entries = ComponentHistoryDocument.entriesOf(Documents.findByIds(mongo,
                ComponentHistoryDocument.idsOf(id), ComponentHistoryDocument.class, ComponentHistoryDocument.COLLECTION));
        // Hidden entries are left out entirely, not summarized: their number would already tell something.
        return entries.entrySet().stream()
                      .filter(e -> visible(e.getValue(), scope))
                      .sorted(ORDER).map(e -> view(e.getValue())).toList();
    }

    /** Public entries for everyone; a firm's sourcing and partnerships for that firm (any party); all for ADMIN. */
    static boolean visible(HistoryEntryDocument entry, AccessPolicy.Scope scope) {
        return entry.isPublic() || scope.all() || entry.parties().stream().anyMatch(scope::covers);
    }

    private static HistoryEntryView view(HistoryEntryDocument entry) {
        Map<String, String> cause = entry.causedBy();
        return new HistoryEntryView(entry.type(), Documents.date(entry.effectiveDate()),
                Instant.parse(entry.recordedAt()).atOffset(ZoneOffset.UTC), entry.summary(),
                cause.isEmpty() ? null : new HistoryEntryView.CausedBy(cause.get("principal"),
                        cause.get("correlationId"), cause.get("traceId")),
                entry.aggregate());
    }
}
