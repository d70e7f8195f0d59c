package org.sobujang.query.firm;

import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code component_capabilities}, one document per component id: firm id → aggregate sequence number
 * → {@link CapabilityEntry}. It lets the risk model find the qualified firms of a component by {@code _id}.
 */
public record ComponentCapabilitiesDocument(@Id String id, Map<String, Map<String, CapabilityEntry>> firms) {

    public static final String COLLECTION = "component_capabilities";

    public ComponentCapabilitiesDocument {
        firms = firms == null ? Map.of() : firms;
    }
}
