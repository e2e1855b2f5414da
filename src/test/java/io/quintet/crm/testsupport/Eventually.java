package io.quintet.crm.testsupport;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a value satisfies a condition, or fails the test with the last value seen after a deadline. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    public static <T> T get(Duration deadline, Supplier<T> value, Predicate<T> condition) {
        long end = System.nanoTime() + deadline.toNanos();
        T last = value.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Condition not met within " + deadline + "; last value: " + last);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
            last = value.get();
        }
        return last;
    }
}
