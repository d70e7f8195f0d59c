package org.sobujang.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CoverageWaitersTest {

    private final AtomicLong position = new AtomicLong();
    private final AtomicBoolean failing = new AtomicBoolean();

    private final ProjectionCoverage coverage = new ProjectionCoverage(null) {
        @Override
        public LongPredicate look() {
            if (failing.get()) {
                throw new IllegalStateException("read store unavailable");
            }
            long seen = position.get();
            return globalIndex -> seen >= globalIndex;
        }
    };

    private CoverageWaiters waiters;

    @AfterEach
    void close() {
        waiters.close();
    }

    @Test
    void aWaiterIsAnsweredWhenSignalledWithoutWaitingForTheInterval() {
        waiters = new CoverageWaiters(coverage, Duration.ofHours(1));
        position.set(4);
        assertThat(waiters.await(4).block(Duration.ofSeconds(2))).as("covered already").isNull();

        Mono<Void> later = waiters.await(7).cache();
        later.subscribe();
        assertThat(waiters.waiting()).isEqualTo(1);
        position.set(7);
        waiters.signal();
        later.block(Duration.ofSeconds(2));
        assertThat(waiters.waiting()).isZero();
    }

    @Test
    void withoutASignalTheIntervalFindsTheProjectionsMovedOn() {
        waiters = new CoverageWaiters(coverage, Duration.ofMillis(5));
        Mono<Void> waiting = waiters.await(3).cache();
        waiting.subscribe();
        position.set(3);
        waiting.block(Duration.ofSeconds(2));
    }

    @Test
    void aWaiterThatGivesUpIsForgotten() {
        waiters = new CoverageWaiters(coverage, Duration.ofHours(1));
        assertThatThrownBy(() -> waiters.await(9).timeout(Duration.ofMillis(50)).block(Duration.ofSeconds(2)))
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(waiters.waiting()).isZero();
    }

    @Test
    void aFailedLookKeepsTheWaiterWaitingUntilALaterOneSucceeds() {
        waiters = new CoverageWaiters(coverage, Duration.ofMillis(5));
        failing.set(true);
        position.set(2);
        Mono<Void> waiting = waiters.await(2).cache();
        waiting.subscribe();
        waiters.signal();
        assertThatThrownBy(() -> waiting.block(Duration.ofMillis(100))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Timeout");
        assertThat(waiters.waiting()).isEqualTo(1);
        failing.set(false);
        waiting.block(Duration.ofSeconds(2));
        assertThat(waiters.waiting()).isZero();
    }
}
