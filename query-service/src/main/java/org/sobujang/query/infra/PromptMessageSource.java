package org.sobujang.query.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as Axon's pooled processors should see it: a stream that says when events arrive. The embedded
 * event store's streams cannot (their {@code setOnAvailableCallback} answers false), and a pooled processor's
 * coordinator then looks for new events only every 500 ms — half a second of lag on average for every command,
 * read-your-writes included. Each stream opened here has one reader thread that waits on the store's stream (which
 * the store wakes when an event is committed in this process, or after its fetch delay otherwise), buffers what it
 * reads (bounded: the reader waits while the coordinator is busy) and calls the coordinator's callback at once.
 * Only the reader touches the store's stream, so its single-thread contract holds. A failure of the store's stream
 * is handed to the coordinator on its next read, which aborts and reopens the stream as it would have without this.
 */
public final class PromptMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final int BUFFER = 1024;

    private final StreamableMessageSource<TrackedEventMessage<?>> store;

    public PromptMessageSource(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new PromptStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    static final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> source;
        private final BlockingQueue<TrackedEventMessage<?>> buffer = new ArrayBlockingQueue<>(BUFFER);
        private final Object arrivals = new Object();
        private final Thread reader;
        private volatile Runnable callback = () -> { };
        private volatile RuntimeException failure;
        private volatile boolean closed;

        PromptStream(BlockingStream<TrackedEventMessage<?>> source) {
            this.source = source;
            this.reader = new Thread(this::read, "event-stream-reader");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        private void read() {
            try {
                while (!closed) {
                    if (source.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        buffer.put(source.nextAvailable());
                        arrived();
                    }
                }
            } catch (InterruptedException e) {
                // closed
            } catch (RuntimeException e) {
                failure = e;
                arrived();
            } finally {
                source.close();
            }
        }

        private void arrived() {
            synchronized (arrivals) {
                arrivals.notifyAll();
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
            synchronized (arrivals) {
                while (buffer.isEmpty() && failure == null && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(arrivals, left);
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
            synchronized (arrivals) {
                arrivals.notifyAll();
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
