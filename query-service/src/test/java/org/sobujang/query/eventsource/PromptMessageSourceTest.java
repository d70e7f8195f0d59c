package org.sobujang.query.eventsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromptMessageSourceTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine(1);
    private final EventArrivals arrivals = new EventArrivals(engine::createHeadToken, Duration.ofMillis(20));
    private final PromptMessageSource source = new PromptMessageSource(engine, arrivals, Duration.ZERO);

    @AfterEach
    void stop() {
        arrivals.close();
    }

    private void append(Object payload) {
        engine.appendEvents(GenericEventMessage.asEventMessage(payload));
    }

    @Test
    void aStreamSaysWhenAnEventArrivesAndHandsOutEveryEventInOrder() throws Exception {
        append("before");
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        CountDownLatch arrived = new CountDownLatch(2);
        assertThat(stream.setOnAvailableCallback(arrived::countDown)).isTrue();

        // committed by another process: only the store's head says so
        append("after");

        assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.peek().map(m -> (Object) m.getPayload())).contains("before");
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("before");
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("after");
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(stream.peek()).isEmpty();
        stream.close();
    }

    @Test
    void aStreamStartsAfterItsToken() throws Exception {
        append("first");
        append("second");
        TrackingToken afterFirst;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            afterFirst = events.findFirst().orElseThrow().trackingToken();
        }
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(afterFirst);
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("second");
        stream.close();
    }

    @Test
    void waitingForAnEventEndsWhenItArrivesOrAtTheTimeout() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        long t0 = System.nanoTime();
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));

        new Thread(() -> append("late")).start();
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("late");
        stream.close();
    }

    @Test
    void aCommitInThisProcessWakesAWaitingStreamWithoutWaitingForTheHeadOrTheIdleLook() throws Exception {
        // the head is never read again within the test, and the idle look is a second away
        EventArrivals slow = new EventArrivals(engine::createHeadToken, Duration.ofHours(1));
        try {
            BlockingStream<TrackedEventMessage<?>> stream = new PromptMessageSource(engine, slow, Duration.ZERO).openStream(null);
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();
            append("local");
            slow.signal();
            assertThat(stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("local");
            stream.close();
        } finally {
            slow.close();
        }
    }

    @Test
    void aStreamWhoseTokenKnowsOfGapsLooksAgainEveryIntervalThoughTheHeadStaysPut() throws Exception {
        // index 2 was not committed when the stream passed it: when it is, the head (3) does not move
        TrackingToken withGap = GapAwareTrackingToken.newInstance(3, Set.of(2L));
        TrackingToken withoutGap = GapAwareTrackingToken.newInstance(3, Set.of());
        AtomicInteger readsWithGap = new AtomicInteger();
        AtomicInteger readsWithoutGap = new AtomicInteger();
        EventArrivals still = new EventArrivals(() -> withoutGap, Duration.ofMillis(20));
        try {
            long t0 = System.nanoTime();
            PromptMessageSource.PromptStream gapped = new PromptMessageSource.PromptStream(withGap, token -> {
                readsWithGap.incrementAndGet();
                return Stream.empty();
            }, still, Duration.ZERO);
            PromptMessageSource.PromptStream complete = new PromptMessageSource.PromptStream(withoutGap, token -> {
                readsWithoutGap.incrementAndGet();
                return Stream.empty();
            }, still, Duration.ZERO);
            // every 20 ms with a gap; without one, only when the head moves (never here) or after the idle look (1 s)
            await().atMost(Duration.ofSeconds(10)).until(() -> readsWithGap.get() >= 10);
            long idleLooks = 1 + (System.nanoTime() - t0) / PromptMessageSource.IDLE_LOOK.toNanos();
            gapped.close();
            complete.close();
            assertThat((long) readsWithoutGap.get()).isLessThanOrEqualTo(idleLooks + 1);
        } finally {
            still.close();
        }
    }

    @Test
    void theFilledGapIsHandedOutWithTheTokenTheStoreGaveIt() throws Exception {
        TrackingToken withGap = GapAwareTrackingToken.newInstance(3, Set.of(2L));
        TrackedEventMessage<?> filled = new GenericTrackedEventMessage<>(
                GapAwareTrackingToken.newInstance(3, Set.of()), GenericEventMessage.asEventMessage("filled"));
        AtomicInteger reads = new AtomicInteger();
        EventArrivals still = new EventArrivals(() -> withGap, Duration.ofMillis(20));
        try {
            PromptMessageSource.PromptStream stream = new PromptMessageSource.PromptStream(withGap, token -> {
                // the third look finds the event the gap was waiting for; later looks start from its token
                int n = reads.incrementAndGet();
                if (n == 3) {
                    assertThat(token).isEqualTo(withGap);
                    return Stream.of(filled);
                }
                return Stream.empty();
            }, still, Duration.ZERO);
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable()).isSameAs(filled);
            stream.close();
        } finally {
            still.close();
        }
    }

    @Test
    void aSteadyFlowIsReadOncePerBatchWindowButTheFirstEventAfterAQuietSpellAtOnce() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean flowing = new java.util.concurrent.atomic.AtomicBoolean(false);
        EventArrivals signals = new EventArrivals(() -> null, Duration.ofHours(1));
        try {
            PromptMessageSource.PromptStream stream = new PromptMessageSource.PromptStream(null, token -> {
                reads.incrementAndGet();
                if (!flowing.get()) {
                    return Stream.empty();
                }
                // every look finds one new event: a store that is always being written
                long n = sequence.incrementAndGet();
                return Stream.of(new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(n, Set.of()),
                                                                  GenericEventMessage.asEventMessage(n)));
            }, signals, Duration.ofMillis(400));
            // the stream has looked once and found nothing: quiet
            await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() >= 1);
            int quiet = reads.get();
            long t0 = System.nanoTime();
            flowing.set(true);
            signals.signal();
            // the first event after the quiet spell is read at once, not a batch window later
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.MILLISECONDS.toNanos(300));
            // while events keep coming: one look per 400 ms window, not one per event — three more looks take at
            // least two windows
            await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() - quiet >= 3);
            assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(800));
            stream.close();
        } finally {
            signals.close();
        }
    }

    @Test
    void closingStopsTheReader() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.close();
        // the reader is gone: nothing waits for events any more, and the closed stream answers no further events
        assertThat(stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
        assertThatThrownBy(stream::nextAvailable).isInstanceOf(IllegalStateException.class);
        PromptMessageSource.PromptStream prompt = (PromptMessageSource.PromptStream) stream;
        await().atMost(Duration.ofSeconds(5)).until(() -> !prompt.reading());
    }

    @Test
    void aFailureOfTheStoreReachesTheReaderOfTheStream() {
        IllegalStateException broken = new IllegalStateException("event store unavailable");
        PromptMessageSource.PromptStream stream = new PromptMessageSource.PromptStream(null, token -> {
            throw broken;
        }, arrivals, Duration.ZERO);
        assertThatThrownBy(() -> stream.hasNextAvailable(5, TimeUnit.SECONDS)).isSameAs(broken);
        assertThatThrownBy(stream::nextAvailable).isSameAs(broken);
        stream.close();
    }

    @Test
    void theHeadWatcherMovesTheGenerationWhenTheHeadMovesAndStopsWhenClosed() throws Exception {
        append("first");
        // once the generation stood still for 100 ms (five reads of the head) the watcher has seen everything so far
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            long g = arrivals.generation();
            return !arrivals.awaitAfter(g, TimeUnit.MILLISECONDS.toNanos(100));
        });
        long seen = arrivals.generation();
        assertThat(arrivals.awaitAfter(seen, TimeUnit.MILLISECONDS.toNanos(150))).isFalse();
        append("moves the head");
        assertThat(arrivals.awaitAfter(seen, TimeUnit.SECONDS.toNanos(5))).isTrue();
        assertThat(arrivals.watching()).isTrue();
        arrivals.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> !arrivals.watching());
    }
}
