package org.sobujang.standalone.readcache;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.context.SmartLifecycle;

/**
 * Fills the read cache ({@link CachingMongoTemplate}) with the read models' documents, so that the first queries
 * after a start or a replay do not each pay the read store's slow single lookups (a cold cache made
 * {@code dependencyRisk} several times slower right after a rebuild). Every {@code interval} it looks at each
 * target collection: one that was written since it was last warmed and <em>not</em> during the last interval is
 * warmed again ({@link CachingMongoTemplate#warm}): the documents written since the last warm-up, or after a start
 * or a write not by id all of them, are loaded in chunks through the template's ordinary read path. Until a
 * collection has gone a whole interval without a write nothing is loaded, and after a burst (a replay, an import)
 * only what the burst wrote is read again. It stops at the cache's maximum size rather than evict anything.
 */
public final class ReadCacheWarmer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadCacheWarmer.class);
    private static final int CHUNK = 500;

    private final CachingMongoTemplate template;
    private final List<DocumentsReadById.Target> targets;
    private final Duration interval;
    private final Map<DocumentsReadById.Target, Long> writesAtLastLook = new HashMap<>();
    private final Map<DocumentsReadById.Target, Long> writesWhenWarmed = new HashMap<>();
    private final AtomicBoolean warm = new AtomicBoolean(false);
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong looks = new AtomicLong();
    private ScheduledExecutorService executor;

    public ReadCacheWarmer(CachingMongoTemplate template, List<DocumentsReadById.Target> targets, Duration interval) {
        this.template = template;
        this.targets = List.copyOf(targets);
        this.interval = interval;
    }

    /**
     * True when, at the last look, every target had been warmed since its last write: the cache holds what it can
     * of them until the next write.
     */
    public boolean isWarm() {
        return warm.get();
    }

    /** Documents loaded by warming since the start. */
    public long loaded() {
        return loaded.get();
    }

    /** Looks completed since the start. */
    public long looks() {
        return looks.get();
    }

    /** One look at every target (the scheduled task; tests call it directly). */
    synchronized void look() {
        boolean allWarm = true;
        for (DocumentsReadById.Target target : targets) {
            long writes = template.writesTo(target.collection());
            Long before = writesAtLastLook.put(target, writes);
            if (Objects.equals(writesWhenWarmed.get(target), writes)) {
                continue;
            }
            if (before == null || before != writes) {
                allWarm = false; // written during the last interval: wait for a quiet one
                continue;
            }
            long started = System.nanoTime();
            int count = template.warm(target.collection(), target.type(), target.fields(), CHUNK);
            loaded.addAndGet(count);
            writesWhenWarmed.put(target, writes);
            if (count > 0) {
                log.debug("read cache: {} documents of {} loaded in {} ms", count, target.collection(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            if (template.writesTo(target.collection()) != writes) {
                allWarm = false;
            }
        }
        warm.set(allWarm);
        looks.incrementAndGet();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "read-cache-warmer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                look();
            } catch (RuntimeException e) {
                // the read store may be briefly unavailable; the next look tries again
                log.warn("read cache warming failed, trying again in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
