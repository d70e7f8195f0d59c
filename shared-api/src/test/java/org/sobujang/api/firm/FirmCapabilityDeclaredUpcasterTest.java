package org.sobujang.api.firm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Revision 2 renamed {@code since} to {@code effectiveFrom} and added {@code evidence}; older stored JSON is read. */
class FirmCapabilityDeclaredUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(new FirmCapabilityDeclaredUpcaster());

    @Test
    void anEventStoredWithoutRevisionIsReadAsRevisionTwo() {
        String stored = """
                {"firmId":"skm","componentId":"hf","technologyReadiness":9,"annualCapacity":1200.5,"unit":"t",\
                "since":"2020-03-01"}""";

        List<IntermediateEventRepresentation> read = upcast(stored, null);

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getRevision()).isEqualTo(FirmCapabilityDeclared.REVISION);
        FirmCapabilityDeclared event = serializer.deserialize(read.get(0).getData());
        assertThat(event).isEqualTo(new FirmCapabilityDeclared("skm", "hf", 9, new BigDecimal("1200.5"), "t",
                LocalDate.of(2020, 3, 1), null));
    }

    @Test
    void anEventOfTheCurrentRevisionIsLeftAsItIs() {
        FirmCapabilityDeclared current = new FirmCapabilityDeclared("skm", "hf", 9, null, null,
                LocalDate.of(2021, 5, 1), "KTL report 2021-114");
        SerializedObject<byte[]> serialized = serializer.serialize(current, byte[].class);
        assertThat(serialized.getType().getRevision()).isEqualTo(FirmCapabilityDeclared.REVISION);

        List<IntermediateEventRepresentation> read = upcast(new String(serialized.getData(), StandardCharsets.UTF_8),
                FirmCapabilityDeclared.REVISION);

        assertThat((FirmCapabilityDeclared) serializer.deserialize(read.get(0).getData())).isEqualTo(current);
    }

    private List<IntermediateEventRepresentation> upcast(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Firm", "firm:skm", 1, "event-1",
                Instant.parse("2020-03-01T00:00:00Z"), FirmCapabilityDeclared.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return chain.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
    }
}
