package org.sobujang.system;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting that adapts to the machine: a condition is given as long as what it looks at keeps changing, and fails only
 * after that has stood still for a quiet spell (or after a ceiling no healthy run comes near). A loaded machine makes
 * the wait longer, never red.
 */
final class Waits {

    /** However slow the machine, a wait this long means something is broken. */
    static final Duration CEILING = Duration.ofMinutes(10);
    private static final long POLL_MILLIS = 250;

    private Waits() {
    }

    /**
     * Waits until {@code done} holds for what {@code observe} returns. Gives up when the observed value has not
     * changed for {@code quiet} (an exception counts as "the same"), or after {@link #CEILING}.
     */
    static <T> T until(String what, Duration quiet, Callable<T> observe, Predicate<? super T> done)
            throws InterruptedException {
        long start = System.nanoTime();
        long lastChange = start;
        Object last = new Object();
        Exception lastError = null;
        while (true) {
            T value = null;
            boolean observed = false;
            try {
                value = observe.call();
                observed = true;
                lastError = null;
            } catch (Exception e) {
                lastError = e;
            }
            if (observed) {
                if (holds(done, value)) {
                    return value;
                }
                if (!Objects.equals(value, last)) {
                    last = value;
                    lastChange = System.nanoTime();
                }
            }
            long now = System.nanoTime();
            if (now - lastChange > quiet.toNanos() || now - start > CEILING.toNanos()) {
                throw new AssertionError(what + ": not reached; " + (now - start > CEILING.toNanos()
                        ? "still moving after " + CEILING : "no progress for " + quiet) + "; last seen: " + last
                        + (lastError == null ? "" : "; last error: " + lastError), lastError);
            }
            Thread.sleep(POLL_MILLIS);
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
