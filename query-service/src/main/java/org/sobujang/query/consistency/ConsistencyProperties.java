package org.sobujang.query.consistency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param timeout      how long a query carrying a consistency token waits for the projections before it is answered
 *                     with a CONSISTENCY_TIMEOUT error
 * @param pollInterval how often waiting queries are looked at besides right after a batch of a projection in this
 *                     process (segments with nothing to handle, and a peer's, move on without one)
 */
@ConfigurationProperties("sobujang.consistency")
public record ConsistencyProperties(Duration timeout, Duration pollInterval) {

    public ConsistencyProperties {
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        pollInterval = pollInterval == null ? Duration.ofMillis(5) : pollInterval;
    }
}
