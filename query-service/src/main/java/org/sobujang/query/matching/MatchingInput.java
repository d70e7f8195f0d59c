package org.sobujang.query.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sobujang.api.partnership.PartnershipStage;

/**
 * What §3 needs to rank suppliers for one component, already resolved to today.
 *
 * @param buyerId        the asking buyer, never a candidate; null when nobody asks
 * @param buyerVolume    annual volume stated by the buyer's plan for the component; null if none
 * @param capabilities   capabilities in force on the component and on components sharing its first 4 HS digits
 * @param stages         supplier id → stages in force of its non-terminated partnerships on the component
 * @param firms          every firm named above
 */
public record MatchingInput(String componentId, String hsCode, String homeCountry, String buyerId,
                            BigDecimal buyerVolume, String buyerUnit, List<Capability> capabilities,
                            Map<String, List<PartnershipStage>> stages, Map<String, Firm> firms) {

    public record Capability(String firmId, String componentId, String hsCode, int technologyReadiness,
                             BigDecimal annualCapacity, String unit) {
    }

    public record Firm(String id, String name, String country) {
    }
}
