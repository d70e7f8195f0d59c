package org.sobujang.query.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromptMessageSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                               .storageEngine(new InMemoryEventStorageEngine())
                                                               .build();
    private final PromptMessageSource source = new PromptMessageSource(store);

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void aStreamSaysWhenAnEventArrivesAndHandsOutEveryEventInOrder() throws Exception {
        store.publish(GenericEventMessage.asEventMessage("before"));
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        CountDownLatch arrived = new CountDownLatch(2);
        assertThat(stream.setOnAvailableCallback(arrived::countDown)).isTrue();

        store.publish(GenericEventMessage.asEventMessage("after"));

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
    void waitingForAnEventEndsWhenItArrivesOrAtTheTimeout() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        long t0 = System.nanoTime();
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));

        new Thread(() -> store.publish(GenericEventMessage.asEventMessage("late"))).start();
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("late");
        stream.close();
    }

    @Test
    void closingStopsTheReaderAndClosesTheStoresStream() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.close();
        // the reader is gone: nothing waits for events any more, and the closed stream answers no further events
        assertThat(stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
        assertThatThrownBy(stream::nextAvailable).isInstanceOf(IllegalStateException.class);
        PromptMessageSource.PromptStream prompt = (PromptMessageSource.PromptStream) stream;
        await().atMost(Duration.ofSeconds(5)).until(() -> !prompt.reading());
    }

    @Test
    void aFailureOfTheStoresStreamReachesTheReaderOfThisOne() {
        IllegalStateException broken = new IllegalStateException("event store unavailable");
        PromptMessageSource failing = new PromptMessageSource(new org.axonframework.messaging
                .StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(org.axonframework.eventhandling.TrackingToken t) {
                return new BlockingStream<>() {
                    @Override
                    public Optional<TrackedEventMessage<?>> peek() {
                        return Optional.empty();
                    }

                    @Override
                    public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                        throw broken;
                    }

                    @Override
                    public TrackedEventMessage<?> nextAvailable() {
                        throw broken;
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        });
        BlockingStream<TrackedEventMessage<?>> stream = failing.openStream(null);
        assertThatThrownBy(() -> stream.hasNextAvailable(5, TimeUnit.SECONDS)).isSameAs(broken);
        assertThatThrownBy(stream::nextAvailable).isSameAs(broken);
        stream.close();
    }
}
