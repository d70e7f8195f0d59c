package org.sobujang.query.deadletters;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code deadLetters}: {@value #DEGRADED_CODE} while any processor has parked events, with their count per processor.
 * The service still answers (the status maps to HTTP 200 and is not part of readiness), but its read models lack the
 * parked events until an operator retries or skips them.
 */
class DeadLettersHealthIndicator implements HealthIndicator {

    static final String DEGRADED_CODE = "DEGRADED";
    static final Status DEGRADED = new Status(DEGRADED_CODE, "events are parked in a dead-letter queue; "
                                                             + "see GET /admin/dead-letters");

    private final DeadLetters deadLetters;

    DeadLettersHealthIndicator(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Long> parked = new LinkedHashMap<>();
        long total = 0;
        for (String processor : deadLetters.processors()) {
            long count = deadLetters.count(processor);
            total += count;
            if (count > 0) {
                parked.put(processor, count);
            }
        }
        return (total == 0 ? Health.up() : Health.status(DEGRADED)).withDetail("parked", total)
                                                                   .withDetail("processors", parked).build();
    }
}
