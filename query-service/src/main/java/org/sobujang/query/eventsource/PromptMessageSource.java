package org.sobujang.query.eventsource;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as Axon's pooled processors should see it: a stream that says when events arrive, read straight
 * from the storage engine.
 *
 * <p>Why not the embedded event store's streams: they cannot say when events arrive ({@code setOnAvailableCallback}
 * answers false, and a pooled processor's coordinator then looks only every 500 ms), and they serve a processor from
 * the store's shared cache only while its last token equals one in the cache. Under concurrent commands the JDBC
 * store's tokens carry gaps, and a processor that read a stretch itself (a replay, a restart) holds a token with
 * other gaps than the cache's: it never rejoins the cache, and its private stream waits for the cache's producer to
 * signal new events — which no processor asks to run any more — until its wait times out. Measured on the split
 * topology at 100,000 events: every processor in that state, each command visible to consistent queries after ~1 s.
 *
 * <p>Here each stream has one reader thread that reads the storage engine from its own token until it has read
 * everything, buffers what it reads (bounded: the reader waits while the coordinator is busy) and calls the
 * coordinator's callback at once. When it has read everything it waits on {@link EventArrivals}: until the store's
 * head moves or an event is committed in this process, or — if its token knows of gaps, which a moving head does not
 * reveal filling — for one interval at most. A failure of the store is handed to the coordinator on its next read,
 * which aborts and reopens the stream as it would have without this.
 */
public final class PromptMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final int BUFFER = 1024;
    /** How long a stream without known gaps waits for a sign of new events before it looks anyway. */
    static final Duration IDLE_LOOK = Duration.ofSeconds(1);

    private final EventStorageEngine engine;
    private final EventArrivals arrivals;
    private final Duration batchWindow;

    /**
     * @param batchWindow after a read that found events, how long a stream lets new ones gather before it reads
     *                    again: a steady flow of commits (an import, a burst of commands) then reaches the processors
     *                    in batches instead of one event at a time — a batch costs one token write per processor — at
     *                    the price of at most this much delay; the first event after a quiet spell is read at once
     */
    public PromptMessageSource(EventStorageEngine engine, EventArrivals arrivals, Duration batchWindow) {
        this.engine = engine;
        this.arrivals = arrivals;
        this.batchWindow = batchWindow;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new PromptStream(trackingToken, token -> engine.readEvents(token, false), arrivals, batchWindow);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }

    static final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final Function<TrackingToken, Stream<? extends TrackedEventMessage<?>>> read;
        private final EventArrivals arrivals;
        private final long batchWindowNanos;
        private final BlockingQueue<TrackedEventMessage<?>> buffer = new ArrayBlockingQueue<>(BUFFER);
        private final Object arrived = new Object();
        private final Thread reader;
        private volatile Runnable callback = () -> { };
        private volatile RuntimeException failure;
        private volatile boolean closed;

        PromptStream(TrackingToken from, Function<TrackingToken, Stream<? extends TrackedEventMessage<?>>> read,
                     EventArrivals arrivals, Duration batchWindow) {
            this.read = read;
            this.arrivals = arrivals;
            this.batchWindowNanos = batchWindow.toNanos();
            this.reader = new Thread(() -> read(from), "event-stream-reader");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        private void read(TrackingToken from) {
            TrackingToken token = from;
            boolean found = false;
            long lastRead = 0;
            try {
                while (!closed) {
                    if (found) {
                        long gather = lastRead + batchWindowNanos - System.nanoTime();
                        if (gather > 0) {
                            TimeUnit.NANOSECONDS.sleep(gather);
                        }
                    }
                    // read before reading the store: a sign that comes while the store is read is not missed
                    long seen = arrivals.generation();
                    lastRead = System.nanoTime();
                    found = false;
                    try (Stream<? extends TrackedEventMessage<?>> events = read.apply(token)) {
                        Iterator<? extends TrackedEventMessage<?>> it = events.iterator();
                        while (!closed && it.hasNext()) {
                            TrackedEventMessage<?> event = it.next();
                            buffer.put(event);
                            token = event.trackingToken();
                            found = true;
                            arrived();
                        }
                    }
                    if (!found && !closed) {
                        Duration wait = knowsOfGaps(token) ? arrivals.interval() : IDLE_LOOK;
                        arrivals.awaitAfter(seen, wait.toNanos());
                    }
                }
            } catch (InterruptedException e) {
                // closed
            } catch (RuntimeException e) {
                failure = e;
                arrived();
            }
        }

        private static boolean knowsOfGaps(TrackingToken token) {
            return token instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty();
        }

        private void arrived() {
            synchronized (arrived) {
                arrived.notifyAll();
            }
            callback.run();
        }

        private void rethrowIfFailedAndEmpty() {
            RuntimeException failed = failure;
            if (failed != null && buffer.isEmpty()) {
                throw failed;
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            rethrowIfFailedAndEmpty();
            return Optional.ofNullable(buffer.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            synchronized (arrived) {
                while (buffer.isEmpty() && failure == null && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(arrived, left);
                }
            }
            rethrowIfFailedAndEmpty();
            return !buffer.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (true) {
                rethrowIfFailedAndEmpty();
                TrackedEventMessage<?> next = buffer.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                if (closed) {
                    throw new IllegalStateException("The event stream is closed");
                }
            }
        }

        @Override
        public void close() {
            closed = true;
            reader.interrupt();
            synchronized (arrived) {
                arrived.notifyAll();
            }
        }

        /** Whether the reader thread still runs (tests). */
        boolean reading() {
            return reader.isAlive();
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            if (!buffer.isEmpty()) {
                callback.run();
            }
            return true;
        }
    }
}
