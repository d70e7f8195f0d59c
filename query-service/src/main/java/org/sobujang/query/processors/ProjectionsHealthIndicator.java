package org.sobujang.query.processors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code projections}: ready while the slowest projection is at most {@code sobujang.projections.max-ready-lag}
 * events behind the event store's head. A lagging instance is alive, so this answers OUT_OF_SERVICE, not DOWN:
 * readiness takes it out of rotation until it has caught up.
 */
public class ProjectionsHealthIndicator implements HealthIndicator {

    private final ProjectionLagMonitor monitor;
    private final long maxReadyLag;

    public ProjectionsHealthIndicator(ProjectionLagMonitor monitor, long maxReadyLag) {
        this.monitor = monitor;
        this.maxReadyLag = maxReadyLag;
    }

    @Override
    public Health health() {
        ProjectionLag lag = monitor.current();
        Map<String, Object> processors = new LinkedHashMap<>();
        for (ProjectionLag.ProcessorLag processor : lag.processors()) {
            processors.put(processor.processor(), Map.of("position", processor.position(), "lag", processor.lag(),
                    "segments", processor.segments()));
        }
        Health.Builder health = lag.worst() <= maxReadyLag ? Health.up() : Health.outOfService();
        return health.withDetail("head", lag.head())
                     .withDetail("maxLag", lag.worst())
                     .withDetail("maxReadyLag", maxReadyLag)
                     .withDetail("processors", processors)
                     .build();
    }
}
