package io.inversionpicks.sync.amazon;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits double per attempt, spread by jitter between half and all of the ceiling, and honour Retry-After. */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);

    @Test
    void theCeilingDoublesPerAttemptAndTheJitterStaysWithinItsUpperHalf() {
        assertThat(Backoff.delay(BASE, 1, null, fixed(0.0))).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.delay(BASE, 1, null, fixed(0.999))).isBetween(Duration.ofMillis(999),
                Duration.ofMillis(1000));
        assertThat(Backoff.delay(BASE, 3, null, fixed(0.0))).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.delay(BASE, 3, null, fixed(0.999))).isBetween(Duration.ofMillis(3990),
                Duration.ofSeconds(4));
    }

    @Test
    void noWaitExceedsTwoMinutesHoweverManyAttempts() {
        assertThat(Backoff.delay(BASE, 40, null, fixed(0.999))).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.delay(BASE, 2, Duration.ofHours(1), fixed(0.0))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void amazonsRetryAfterIsWaitedForAtLeast() {
        assertThat(Backoff.delay(BASE, 1, Duration.ofSeconds(7), fixed(0.0))).isEqualTo(Duration.ofSeconds(7));
        assertThat(Backoff.delay(BASE, 1, Duration.ZERO, fixed(0.0))).isEqualTo(Duration.ofMillis(500));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
