package org.sobujang.query.matching;

import java.util.List;

import org.sobujang.api.partnership.PartnershipStage;

/**
 * GraphQL {@code SupplierMatch}: {@code stage} is the supplier's most advanced non-terminated stage on the
 * component, never with whom; reasons never name a buyer nor show anyone else's volumes.
 */
public record SupplierMatch(String supplierId, String supplierName, double score, List<String> reasons,
                            Integer technologyReadiness, PartnershipStage stage) {
}
