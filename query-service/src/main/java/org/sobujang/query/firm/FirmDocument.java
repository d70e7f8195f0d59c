package org.sobujang.query.firm;

import java.util.Map;

import org.sobujang.api.firm.FirmSize;
import org.springframework.data.annotation.Id;

/**
 * Collection {@code firms}, one document per firm. {@code capabilities} maps component id → aggregate sequence
 * number → {@link CapabilityEntry}.
 */
public record FirmDocument(@Id String id, String name, String country, FirmSize size, String registrationNumber,
                           Map<String, Map<String, CapabilityEntry>> capabilities) {

    public static final String COLLECTION = "firms";

    public FirmDocument {
        capabilities = capabilities == null ? Map.of() : capabilities;
    }
}
