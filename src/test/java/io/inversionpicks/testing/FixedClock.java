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
 * Every @QuarkusTest runs at the same instant, so price freshness (Amazon: 24 hours) does not depend on the day
 * the suite runs. The shipped catalogue's prices are dated up to 2026-11-23. A test that needs time to pass (a price
 * expiring while it watches) moves the clock with {@link #set} and puts it back with {@link #reset}.
 */
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static final Settable CLOCK = new Settable();

    /** From now on every part of the service sees {@code instant} as the time. */
    public static void set(Instant instant) {
        CLOCK.now = instant;
    }

    public static void reset() {
        CLOCK.now = NOW;
    }

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock fixedClock() {
        return CLOCK;
    }

    private static final class Settable extends Clock {
        private volatile Instant now = NOW;

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
