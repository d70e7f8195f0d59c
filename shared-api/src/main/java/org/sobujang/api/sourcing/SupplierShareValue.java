package org.sobujang.api.sourcing;

import java.math.BigDecimal;

public record SupplierShareValue(String supplierId, BigDecimal share) {
}
