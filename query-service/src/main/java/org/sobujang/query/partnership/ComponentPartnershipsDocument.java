package org.sobujang.query.partnership;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code component_partnerships}, one document per component id: partnership id → its supplier and
 * stage history. Matching, qualification and progress read a component's partnerships by {@code _id}.
 */
public record ComponentPartnershipsDocument(@Id String id, Map<String, Member> partnerships) {

    public static final String COLLECTION = "component_partnerships";

    public ComponentPartnershipsDocument {
        partnerships = partnerships == null ? Map.of() : partnerships;
    }

    /** Supplier id → the timelines of its partnerships for this component (usually one). */
    public Map<String, List<PartnershipTimeline>> bySupplier() {
        return partnerships.values().stream().collect(Collectors.groupingBy(Member::supplierId,
                Collectors.mapping(Member::timeline, Collectors.toList())));
    }

    /** The buyer is kept for filtering only; no national or matching answer shows it. */
    public record Member(String buyerId, String supplierId, Map<String, StageEntry> stages) {

        public Member {
            stages = stages == null ? Map.of() : stages;
        }

        public PartnershipTimeline timeline() {
            return PartnershipTimeline.of(stages.values());
        }
    }
}
