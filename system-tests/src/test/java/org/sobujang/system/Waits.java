package org.sobujang.system;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waiting that adapts to the machine: a condition is given as long as what it looks at keeps changing, and fails only
 * after that has stood still for a quiet spell (or after a ceiling no healthy run comes near). A loaded machine makes
 * the wait longer, never red.
 */
final class Waits {

    /** However slow the machine, a wait this long means something is broken. */
    static final Duration CEILING = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(250);

    private Waits() {
    }

    /**
     * Waits until {@code done} holds for what {@code observe} returns. Gives up when the observed value has not
     * changed for {@code quiet} (an exception counts as "the same"), or after {@link #CEILING}.
     */
    static <T> T until(String what, Duration quiet, Callable<T> observe, Predicate<? super T> done) {
        Watch<T> watch = new Watch<>(quiet, observe, done);
        try {
            Awaitility.await(what).atMost(CEILING).pollInterval(POLL).until(watch::doneOrStalled);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": still moving after " + CEILING + "; last seen: " + watch.last, e);
        }
        if (!watch.done) {
            throw new AssertionError(what + ": no progress for " + quiet + "; last seen: " + watch.last
                                     + (watch.lastError == null ? "" : "; last error: " + watch.lastError),
                                     watch.lastError);
        }
        return watch.value;
    }

    /** What a wait has seen: the last value, when it last changed, whether the condition held. */
    private static final class Watch<T> {
        private final long quietNanos;
        private final Callable<T> observe;
        private final Predicate<? super T> condition;
        private Object last = new Object();
        private long lastChange = System.nanoTime();
        private Exception lastError;
        private T value;
        private boolean done;

        Watch(Duration quiet, Callable<T> observe, Predicate<? super T> condition) {
            this.quietNanos = quiet.toNanos();
            this.observe = observe;
            this.condition = condition;
        }

        boolean doneOrStalled() {
            try {
                T seen = observe.call();
                lastError = null;
                if (holds(condition, seen)) {
                    value = seen;
                    done = true;
                    return true;
                }
                if (!Objects.equals(seen, last)) {
                    last = seen;
                    lastChange = System.nanoTime();
                }
            } catch (Exception e) {
                lastError = e;
            }
            return System.nanoTime() - lastChange > quietNanos;
        }
    }

    private static <T> boolean holds(Predicate<? super T> done, T value) {
        try {
            return done.test(value);
        } catch (AssertionError notYet) {
            return false;
        }
    }
}
