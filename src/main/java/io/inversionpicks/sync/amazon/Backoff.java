package io.inversionpicks.sync.amazon;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retrying a throttled or failed call: the base doubled per attempt, spread by jitter
 * ("equal jitter": half fixed, half random), so replicas throttled together do not retry together. A
 * {@code Retry-After} from Amazon is waited for at least.
 */
final class Backoff {

    private static final Duration MAX = Duration.ofMinutes(2);

    private Backoff() {
    }

    /** @param attempt 1 for the wait after the first failed attempt */
    static Duration delay(Duration base, int attempt, Duration retryAfter, RandomGenerator random) {
        long ceiling = Math.min(MAX.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        long wait = ceiling / 2 + (long) (random.nextDouble() * (ceiling - ceiling / 2));
        return Duration.ofMillis(Math.max(wait, retryAfter == null ? 0 : Math.min(retryAfter.toMillis(),
                MAX.toMillis())));
    }
}
