package org.sobujang.query.eventsource;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When new events may be readable: the one place that watches the event store for the streams of
 * {@link PromptMessageSource}, so that waiting streams cost nothing. One thread reads the store's head (one indexed
 * query per interval) and wakes every waiting stream when it moved; events committed in this process wake them at
 * once ({@link #signal()}, after the commit). A stream that knows of a gap (an index whose transaction had not
 * committed when it passed) cannot learn from the head when the gap fills, so it looks again every interval instead.
 */
public final class EventArrivals implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);

    private final Supplier<TrackingToken> head;
    private final long intervalNanos;
    private final Object lock = new Object();
    private long generation;
    private long lastHead = -1;
    private Thread watcher;
    private boolean closed;

    /**
     * @param head     the store's head token ({@code EventStorageEngine::createHeadToken})
     * @param interval how often the head is read
     */
    public EventArrivals(Supplier<TrackingToken> head, Duration interval) {
        this.head = head;
        this.intervalNanos = interval.toNanos();
    }

    /** How often the head is read, and how often a stream that knows of a gap reads again. */
    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    /** A counter that moves whenever events may have arrived; read it before reading the store. */
    public long generation() {
        synchronized (lock) {
            startWatching();
            return generation;
        }
    }

    /** Events were committed (in this process): wake every waiting stream. */
    public void signal() {
        synchronized (lock) {
            generation++;
            lock.notifyAll();
        }
    }

    /**
     * Waits until the generation moves past {@code seen} or {@code timeoutNanos} pass.
     *
     * @return whether it moved
     */
    public boolean awaitAfter(long seen, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (lock) {
            startWatching();
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return generation != seen;
        }
    }

    private void startWatching() {
        if (watcher == null && !closed) {
            watcher = new Thread(this::watch, "event-store-head");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void watch() {
        try {
            while (true) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                }
                OptionalLong position = OptionalLong.empty();
                try {
                    TrackingToken token = head.get();
                    position = token == null ? OptionalLong.of(-1) : token.position();
                } catch (RuntimeException e) {
                    // the streams' own reads report an unavailable store to their processors; here it only waits
                    log.debug("Could not read the event store's head", e);
                }
                if (position.isPresent()) {
                    synchronized (lock) {
                        if (position.getAsLong() != lastHead) {
                            lastHead = position.getAsLong();
                            generation++;
                            lock.notifyAll();
                        }
                    }
                }
                Thread.sleep(intervalNanos / 1_000_000, (int) (intervalNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the watching thread runs (tests). */
    boolean watching() {
        synchronized (lock) {
            return watcher != null && watcher.isAlive();
        }
    }

    /** Stops watching the head; waiting streams then wait out their timeouts (and {@link #signal()} still wakes them). */
    @Override
    public void close() {
        Thread w;
        synchronized (lock) {
            closed = true;
            w = watcher;
            lock.notifyAll();
        }
        if (w != null) {
            w.interrupt();
        }
    }
}
