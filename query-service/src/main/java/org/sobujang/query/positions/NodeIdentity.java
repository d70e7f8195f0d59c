package org.sobujang.query.positions;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Who this query-service instance is among its peers: the owner name of its token claims and the key of its
 * heartbeat. The random suffix keeps two instances apart even when a container runtime gives both the same pid and
 * host name.
 */
public record NodeIdentity(String id) {

    public static NodeIdentity generate() {
        return new NodeIdentity(ManagementFactory.getRuntimeMXBean().getName() + "/"
                                + UUID.randomUUID().toString().substring(0, 8));
    }
}
