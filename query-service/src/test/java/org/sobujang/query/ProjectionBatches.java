package org.sobujang.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.sobujang.query.readstore.ProjectionWrites;

/**
 * Events handed to projections in processing batches, as a pooled processor does: each batch is one unit of work
 * through {@link ProjectionWrites#interceptor()}, so the projections' upserts are collected, merged and written
 * once per batch.
 */
public final class ProjectionBatches {

    private ProjectionBatches() {
    }

    /** Calls {@code handle} with 0 to {@code count - 1}, {@code size} at a time, each call as one event. */
    public static void inBatches(int count, int size, IntConsumer handle) {
        inBatches(0, count, size, handle);
    }

    /** As {@link #inBatches(int, int, IntConsumer)}, for {@code from} to {@code to - 1}. */
    public static void inBatches(int from, int to, int size, IntConsumer handle) {
        for (int start = from; start < to; start += size) {
            List<EventMessage<?>> events = new ArrayList<>(size);
            for (int i = start; i < Math.min(to, start + size); i++) {
                events.add(GenericEventMessage.asEventMessage(i));
            }
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
            ResultMessage<?> result = batch.executeWithResult(() -> ProjectionWrites.interceptor().handle(batch,
                    () -> {
                        handle.accept((Integer) batch.getMessage().getPayload());
                        return null;
                    }));
            if (result.isExceptional()) {
                throw new IllegalStateException("batch from " + start + " failed", result.exceptionResult());
            }
        }
    }
}
