package org.sobujang.query.sourcing;

import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code sourcing_plan_changes}, {@code _id} "buyerId/componentId#k" (k ≥ 1): what the plan's events
 * with sequence numbers {@code INLINE + (k-1)·EVENTS} to {@code INLINE + k·EVENTS - 1} recorded — at most
 * {@link #EVENTS} changes and retractions, so the document's size is bounded by construction whatever the plan's
 * length (see {@link PlanHeadDocument}).
 *
 * @param changes   change id → change recorded by one of this chunk's events
 * @param retracted change id → true, for each retraction among this chunk's events; the change retracted may be
 *                  anywhere earlier in the plan (the event names its change, not that change's sequence number)
 */
public record PlanChunkDocument(@Id String id, Map<String, ChangeDocument> changes, Map<String, Boolean> retracted) {

    public static final String COLLECTION = "sourcing_plan_changes";

    /** Events per chunk: a write rewrites one chunk, so its cost does not grow with the plan. */
    static final int EVENTS = 16;

    public PlanChunkDocument {
        changes = changes == null ? Map.of() : changes;
        retracted = retracted == null ? Map.of() : retracted;
    }

    static String idOf(String planId, long chunk) {
        return planId + "#" + chunk;
    }
}
