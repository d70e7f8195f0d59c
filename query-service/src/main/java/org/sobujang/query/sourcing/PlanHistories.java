package org.sobujang.query.sourcing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.sobujang.query.infra.ReadCacheProperties;
import org.springframework.stereotype.Component;

/**
 * The {@link PlanHistory} of a plan document, kept as long as that document <em>instance</em> lives. With the read
 * cache on (the embedded default) the read models hand out the same immutable document instance until a projection
 * writes the plan, so its history is filtered and sorted once instead of once per request; a write makes the read
 * cache load a new instance, which gets a new history, and the old entry goes when the old instance is collected
 * (weak keys compare by identity). Without the read cache every read is a new instance and nothing is kept.
 */
@Component
public class PlanHistories {

    private final Cache<SourcingPlanDocument, PlanHistory> byDocument;

    public PlanHistories(ReadCacheProperties readCache) {
        this.byDocument = readCache.enabled() ? Caffeine.newBuilder().weakKeys().build() : null;
    }

    public PlanHistory of(SourcingPlanDocument plan) {
        return byDocument == null ? PlanHistory.of(plan.changes().values())
                : byDocument.get(plan, p -> PlanHistory.of(p.changes().values()));
    }
}
