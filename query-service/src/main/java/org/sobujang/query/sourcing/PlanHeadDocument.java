package org.sobujang.query.sourcing;

import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * Collection {@code sourcing_plans}, {@code _id} "buyerId/componentId" ({@link SourcingPlanDocument#idOf}): the
 * head of a sourcing plan. It holds the changes (and retractions) that the plan's first {@link #INLINE} events
 * recorded, so that a plan with few changes is one document read by {@code _id}; every later event goes to a
 * {@link PlanChunkDocument} of {@link PlanChunkDocument#EVENTS} events and raises {@code chunks} to its chunk's
 * number with {@code $max}. Where an event goes depends on its sequence number in the plan's stream alone, so a
 * replayed event lands where it landed the first time, and every write is a {@code $set} of its own fields or a
 * {@code $max}: in whichever order, and from however many threads, a plan's events are applied, the documents end
 * up the same.
 *
 * <p>A head written before chunks existed holds all its plan's changes, whatever their sequence numbers, and no
 * {@code chunks}; it is read as it is, and events recorded after it go to chunks like any other plan's.
 *
 * @param changes change id → change, of the first {@link #INLINE} events; a retraction among them sets
 *                {@code retracted} on its change, which precedes it in the stream and is therefore here too
 * @param chunks  the highest chunk number any event of the plan went to; 0 while all fit here
 */
public record PlanHeadDocument(@Id String id, String buyerId, String componentId,
                               Map<String, ChangeDocument> changes, Long chunks) {

    public static final String COLLECTION = "sourcing_plans";

    /** Events kept in the head: most plans have fewer changes than this and are read in one lookup. */
    static final int INLINE = 16;

    public PlanHeadDocument {
        changes = changes == null ? Map.of() : changes;
        chunks = chunks == null ? 0L : chunks;
    }

    /** 0 for the head, else the number of the {@link PlanChunkDocument} that the event of this sequence goes to. */
    static long chunkOf(long sequence) {
        return sequence < INLINE ? 0 : (sequence - INLINE) / PlanChunkDocument.EVENTS + 1;
    }
}
