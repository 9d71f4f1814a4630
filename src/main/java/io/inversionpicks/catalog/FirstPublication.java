package io.inversionpicks.catalog;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether a catalogue has been published since the start, for jobs that need one: the start-up load of a large
 * catalogue can outlast a job's first firing, which then waits instead of failing. Thread-safe.
 */
final class FirstPublication {

    private final CountDownLatch published = new CountDownLatch(1);

    void happened() {
        published.countDown();
    }

    /** Waits at most {@code patience}; whether a catalogue was published by then. */
    boolean await(Duration patience) throws InterruptedException {
        return published.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }
}
