package org.sobujang.query.consistency;

import java.time.Duration;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The queries waiting for the projections to reach their consistency token's event. One thread answers all of them:
 * at once when a projection in this process has finished a batch ({@link #signal()}), and every
 * {@code pollInterval} otherwise — a segment with nothing to handle moves on without a batch, and a peer's segments
 * show only in their stored tokens. A waiter is answered by completing its {@link Mono}; one that is cancelled (its
 * timeout, a closed connection) is forgotten.
 *
 * <p>Before, every waiter polled by itself, each poll two hops between Reactor's schedulers, which under load was
 * one of the larger consumers of CPU next to the projections it waited for.
 */
public class CoverageWaiters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoverageWaiters.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private record Waiter(long globalIndex, MonoSink<Void> sink) {
    }

    private final ProjectionCoverage coverage;
    private final Queue<Waiter> waiting = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService checker;
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private long lastLoggedFailure = System.nanoTime() - LOG_EVERY_NANOS;

    public CoverageWaiters(ProjectionCoverage coverage, Duration pollInterval) {
        this.coverage = coverage;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "consistency-waiters");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, pollInterval.toNanos());
        checker.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.NANOSECONDS);
    }

    /** Completes once every projection has handled (or passed) the event at {@code globalIndex}. */
    public Mono<Void> await(long globalIndex) {
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(globalIndex, sink);
            waiting.add(waiter);
            sink.onDispose(() -> waiting.remove(waiter));
            signal();
        });
    }

    /** The projections may have moved on: look now rather than at the next interval. */
    public void signal() {
        if (!waiting.isEmpty() && checkQueued.compareAndSet(false, true)) {
            try {
                checker.execute(() -> {
                    checkQueued.set(false);
                    check();
                });
            } catch (RejectedExecutionException closed) {
                checkQueued.set(false);
            }
        }
    }

    /** How many queries are waiting. */
    public int waiting() {
        return waiting.size();
    }

    void check() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            LongPredicate covered = coverage.look();
            for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
                Waiter waiter = it.next();
                if (covered.test(waiter.globalIndex())) {
                    it.remove();
                    waiter.sink().success();
                }
            }
        } catch (RuntimeException e) {
            // the positions could not be read (the read store is unavailable): the waiters wait on, up to their
            // timeout, and the next look may succeed
            long now = System.nanoTime();
            if (now - lastLoggedFailure >= LOG_EVERY_NANOS) {
                lastLoggedFailure = now;
                log.warn("Could not read the projections' positions for {} waiting queries", waiting.size(), e);
            }
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
