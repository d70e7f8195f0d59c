package org.sobujang.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * Drives an operation from several client threads for a bounded time and records latencies (HdrHistogram, µs).
 * Closed loop: each client sends its next request when the previous one is answered, so the throughput is the
 * maximum the system sustains with that many clients. Paced: requests go out on a fixed schedule at a given rate and
 * latency is counted from the scheduled start, so a stall is not hidden by the clients waiting (coordinated omission).
 */
final class Load {

    /** One request; returns whether it succeeded. {@code client} and {@code n} let it pick its target. */
    interface Op {
        boolean run(int client, long n) throws Exception;
    }

    record Result(long ops, long errors, double seconds, Histogram micros, String firstError) {
        double perSecond() {
            return ops / seconds;
        }

        double p50Ms() {
            // no request measured: no latency, never a 0 that would pass a target
            return ops == 0 ? Double.NaN : micros.getValueAtPercentile(50) / 1000.0;
        }

        double p99Ms() {
            return ops == 0 ? Double.NaN : micros.getValueAtPercentile(99) / 1000.0;
        }
    }

    private Load() {
    }

    static Result closedLoop(int clients, double warmupSeconds, double seconds, Op op) throws InterruptedException {
        return run(clients, warmupSeconds, seconds, op, 0);
    }

    static Result paced(int clients, double ratePerSecond, double warmupSeconds, double seconds, Op op)
            throws InterruptedException {
        return run(clients, warmupSeconds, seconds, op, ratePerSecond);
    }

    private static Result run(int clients, double warmupSeconds, double seconds, Op op, double rate)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Histogram> histograms = new ArrayList<>();
        AtomicLong ops = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicLong sequence = new AtomicLong();
        AtomicLong lastDone = new AtomicLong(end);
        List<Thread> threads = new ArrayList<>();
        // per client: one request every clients/rate seconds, clients offset evenly
        double intervalNanos = rate > 0 ? clients * 1e9 / rate : 0;
        for (int c = 0; c < clients; c++) {
            Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
            histograms.add(h);
            int client = c;
            Thread t = new Thread(() -> {
                long k = 0;
                while (true) {
                    long scheduled;
                    if (rate > 0) {
                        scheduled = start + (long) ((k + (double) client / clients) * intervalNanos);
                        k++;
                        long wait = scheduled - System.nanoTime();
                        if (scheduled >= end) {
                            break;
                        }
                        if (wait > 0) {
                            try {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    } else {
                        scheduled = System.nanoTime();
                        if (scheduled >= end) {
                            break;
                        }
                    }
                    boolean ok;
                    try {
                        ok = op.run(client, sequence.getAndIncrement());
                        if (!ok) {
                            firstError.compareAndSet(null, "operation answered a failure");
                        }
                    } catch (Exception e) {
                        ok = false;
                        firstError.compareAndSet(null, e.toString());
                    }
                    long done = System.nanoTime();
                    // every request started in the window counts, however late it ends: a query slower than the
                    // window must show up as slow, not vanish
                    if (scheduled >= measureFrom) {
                        lastDone.accumulateAndGet(done, Math::max);
                        h.recordValue(Math.max(1, (done - scheduled) / 1000));
                        ops.incrementAndGet();
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            // bounded: the loop ends at `end`; a request itself times out after 60 s
            t.join(TimeUnit.SECONDS.toMillis((long) (warmupSeconds + seconds) + 180));
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
        histograms.forEach(all::add);
        // throughput over the window, stretched to the last answer of a request started in it
        double elapsed = Math.max(seconds, (lastDone.get() - measureFrom) / 1e9);
        return new Result(ops.get(), errors.get(), elapsed, all, firstError.get());
    }
}
