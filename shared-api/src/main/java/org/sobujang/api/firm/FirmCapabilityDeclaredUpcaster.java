package org.sobujang.api.firm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link FirmCapabilityDeclared} as stored before revision 2 (no revision): {@code since} becomes
 * {@code effectiveFrom}, {@code evidence} is added as null. Works on the JSON the Jackson serializer stores; both
 * services register it, as aggregates and projections read the same stored events.
 */
public final class FirmCapabilityDeclaredUpcaster extends SingleEventUpcaster {

    private static final String TYPE = FirmCapabilityDeclared.class.getName();
    private static final SimpleSerializedType TARGET = new SimpleSerializedType(TYPE, FirmCapabilityDeclared.REVISION);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(TARGET, JsonNode.class, FirmCapabilityDeclaredUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode payload) {
        ObjectNode event = ((ObjectNode) payload).deepCopy();
        JsonNode since = event.remove("since");
        event.set("effectiveFrom", since);
        if (!event.has("evidence")) {
            event.putNull("evidence");
        }
        return event;
    }
}
