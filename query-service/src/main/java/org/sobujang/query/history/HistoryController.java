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
    private static final Comparator<Recorded> ORDER = Comparator.comparing(Recorded::at)
            .thenComparingLong(r -> r.entry().sequence()).thenComparing(Recorded::eventId);

    /** An entry with its instant parsed once, not once per comparison. */
    private record Recorded(Instant at, String eventId, HistoryEntryDocument entry) {
    }

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
        return visibleInOrder(ComponentHistoryDocument.entriesOf(mongo, id), scope);
    }

    /** Hidden entries are left out entirely, not summarized: their number would already tell something. */
    static List<HistoryEntryView> visibleInOrder(Map<String, HistoryEntryDocument> entries,
                                                 AccessPolicy.Scope scope) {
        return entries.entrySet().stream()
                      .filter(e -> visible(e.getValue(), scope))
                      .map(e -> new Recorded(Instant.parse(e.getValue().recordedAt()), e.getKey(), e.getValue()))
                      .sorted(ORDER).map(r -> view(r.entry())).toList();
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
