package org.sobujang.query.processors;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param balanceInterval how often an instance beats its heartbeat and gives up segments beyond its fair share; a
 *                        peer silent for three intervals counts as gone
 * @param maxReadyLag     the most events the slowest projection may be behind the event store's head while the
 *                        instance still reports ready
 */
@ConfigurationProperties("sobujang.projections")
public record ProjectionProperties(Duration balanceInterval, Long maxReadyLag) {

    public ProjectionProperties {
        balanceInterval = balanceInterval == null ? Duration.ofSeconds(5) : balanceInterval;
        maxReadyLag = maxReadyLag == null ? 1000L : maxReadyLag;
    }

    /** A node whose heartbeat is older than this is no longer counted. */
    public Duration liveness() {
        return balanceInterval.multipliedBy(3);
    }
}
