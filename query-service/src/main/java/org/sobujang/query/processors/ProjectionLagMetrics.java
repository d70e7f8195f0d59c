package org.sobujang.query.processors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.sobujang.query.positions.StreamingProcessors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code sobujang.projection.lag{processor}}: events between the event store's head and the processor's slowest
 * segment, read when scraped. Registered once the application is ready, when Axon has built its processors.
 */
public class ProjectionLagMetrics {

    public static final String NAME = "sobujang.projection.lag";

    private final MeterRegistry registry;
    private final StreamingProcessors processors;
    private final ProjectionLagMonitor monitor;

    public ProjectionLagMetrics(MeterRegistry registry, StreamingProcessors processors, ProjectionLagMonitor monitor) {
        this.registry = registry;
        this.processors = processors;
        this.monitor = monitor;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        for (StreamingEventProcessor processor : processors.all()) {
            String name = processor.getName();
            Gauge.builder(NAME, monitor, m -> m.current().lagOf(name).orElse(0))
                 .tag("processor", name)
                 .description("Events between the event store's head and the processor's slowest segment")
                 .baseUnit("events")
                 .register(registry);
        }
    }
}
