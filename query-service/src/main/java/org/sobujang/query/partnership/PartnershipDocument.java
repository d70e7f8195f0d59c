package org.sobujang.query.partnership;

import java.util.Map;

import org.sobujang.api.partnership.PartnershipKind;
import org.springframework.data.annotation.Id;

/**
 * Collection {@code partnerships}, one document per partnership, keyed by its stream; {@code stages} maps aggregate
 * sequence number → {@link StageEntry}, the registration being the {@code AGREED} entry.
 */
public record PartnershipDocument(@Id String id, String partnershipId, String buyerId, String supplierId,
                                  String componentId,
                                  PartnershipKind kind, String startedOn, String program,
                                  Map<String, StageEntry> stages) {

    public static final String COLLECTION = "partnerships";

    public PartnershipDocument {
        stages = stages == null ? Map.of() : stages;
    }

    /** The id clients use; documents written before ids were scoped by parties are keyed by it and lack the field. */
    public String publicId() {
        return partnershipId == null ? id : partnershipId;
    }

    public PartnershipTimeline timeline() {
        return PartnershipTimeline.of(stages.values());
    }
}
