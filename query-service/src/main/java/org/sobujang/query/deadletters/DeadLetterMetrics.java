package org.sobujang.query.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code sobujang.projection.dead.letters{processor}}: events parked in each processor's dead-letter queue, read when
 * scraped; an alert on a value above 0 tells operators that a read model is missing events. Registered once the
 * application is ready, when Axon has built its processors.
 */
class DeadLetterMetrics {

    static final String NAME = "sobujang.projection.dead.letters";

    private final MeterRegistry registry;
    private final DeadLetters deadLetters;

    DeadLetterMetrics(MeterRegistry registry, DeadLetters deadLetters) {
        this.registry = registry;
        this.deadLetters = deadLetters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String processor : deadLetters.processors()) {
            Gauge.builder(NAME, deadLetters, letters -> letters.count(processor))
                 .tag("processor", processor)
                 .description("Events parked in the processor's dead-letter queue")
                 .baseUnit("events")
                 .register(registry);
        }
    }
}
