package io.inversionpicks.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Every @QuarkusTest runs at the same instant, {@link Fixtures#NOW}, so price freshness (Amazon: 24 hours) does not
 * depend on the day the suite runs. A test that needs time to pass (a price expiring while it watches) moves the clock
 * with {@link #set} and puts it back with {@link #reset}.
 */
public class FixedClock {

    private static final Settable CLOCK = new Settable();

    /** From now on every part of the service sees {@code instant} as the time. */
    public static void set(Instant instant) {
        CLOCK.now = instant;
    }

    public static void reset() {
        CLOCK.now = Fixtures.NOW;
    }

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock fixedClock() {
        return CLOCK;
    }

    private static final class Settable extends Clock {
        private volatile Instant now = Fixtures.NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
