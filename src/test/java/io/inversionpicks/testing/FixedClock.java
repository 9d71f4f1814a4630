package io.inversionpicks.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Every @QuarkusTest runs at the same instant, so price freshness (Amazon: 24 hours) does not depend on the day
 * the suite runs. The shipped catalogue's prices are dated up to 2026-11-23.
 */
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
