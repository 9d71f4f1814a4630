package io.inversionpicks.testing;

import io.inversionpicks.common.SiteConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The values many tests share, each defined once: the moment tests run at, the shipped catalogue, and the site
 * configuration of tests that build services by hand, without Quarkus.
 */
public final class Fixtures {

    /**
     * The moment every test runs at: {@link FixedClock} shows it to each @QuarkusTest, and plain tests load
     * catalogues at it. The shipped catalogue's prices are dated up to this day, so they are all fresh now.
     */
    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    /** The repository's catalogue folder, as the service ships it; tests only read it (see {@link CatalogueFolder}). */
    public static final Path SHIPPED_CATALOGUE = Path.of("catalog-data");

    /** The site of tests without Quarkus: links are built on https://picks.example, responses kept for a minute. */
    public static final SiteConfig SITE = new SiteConfig() {
        @Override
        public String name() {
            return "Test Site";
        }

        @Override
        public String publicBaseUrl() {
            return "https://picks.example";
        }

        @Override
        public Duration responseMaxAge() {
            return Duration.ofMinutes(1);
        }
    };

    private Fixtures() {
    }
}
