package org.sobujang.query.partnership;

import java.time.LocalDate;
import java.util.List;

import org.sobujang.api.partnership.PartnershipStage;

/**
 * GraphQL {@code Partnership}: {@code stage} is the latest, {@code stages} every stage reached in order. {@code key}
 * (not in the schema) is unique where {@code id} is unique per pair of parties only.
 */
public record PartnershipView(String key, String id, String buyerId, String supplierId, String componentId, String kind,
                              PartnershipStage stage, LocalDate startedOn, String program, List<Stage> stages) {

    /** GraphQL {@code StageEntry}. */
    public record Stage(PartnershipStage stage, LocalDate on, String note) {
    }

    static PartnershipView of(PartnershipDocument document) {
        PartnershipTimeline timeline = document.timeline();
        return new PartnershipView(document.id(), document.publicId(), document.buyerId(), document.supplierId(),
                document.componentId(),
                document.kind().name(), timeline.current().orElse(PartnershipStage.AGREED),
                LocalDate.parse(document.startedOn()), document.program(),
                timeline.entries().stream()
                        .map(e -> new Stage(e.stage(), LocalDate.parse(e.on()), e.note()))
                        .toList());
    }
}
