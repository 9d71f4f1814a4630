package io.inversionpicks.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Caches may reuse a response for the configured time, but never past the moment a price in it expires. */
class HttpCachingLifetimeTest {

    private static final HttpCaching CACHING = caching(NOW);

    /** Caching as the fixtures configure it (max-age 60 s), on a clock stopped at {@code now}. */
    static HttpCaching caching(Instant now) {
        return new HttpCaching(new ObjectMapper(), Fixtures.SITE, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String expiringIn(long seconds) {
        return CACHING.cacheControl(NOW.plusSeconds(seconds), NOW);
    }

    @Test
    void withoutAnExpiringPriceTheConfiguredLifetimesHold() {
        assertThat(CACHING.cacheControl(Instant.MAX, NOW))
                .isEqualTo("public, max-age=60, s-maxage=60, stale-while-revalidate=300");
        assertThat(expiringIn(3600)).isEqualTo("public, max-age=60, s-maxage=60, stale-while-revalidate=300");
    }

    @Test
    void staleReuseIsCutFirst() {
        assertThat(expiringIn(100)).isEqualTo("public, max-age=60, s-maxage=60, stale-while-revalidate=40");
        assertThat(expiringIn(60)).isEqualTo("public, max-age=60, s-maxage=60, must-revalidate");
    }

    @Test
    void thenFreshReuse() {
        assertThat(expiringIn(59)).isEqualTo("public, max-age=59, s-maxage=59, must-revalidate");
        assertThat(expiringIn(1)).isEqualTo("public, max-age=1, s-maxage=1, must-revalidate");
    }

    @Test
    void withLessThanASecondLeftNothingIsReusedWithoutAsking() {
        assertThat(CACHING.cacheControl(NOW.plusMillis(999), NOW))
                .isEqualTo("public, max-age=0, s-maxage=0, must-revalidate");
        assertThat(CACHING.cacheControl(NOW.minusSeconds(5), NOW))
                .isEqualTo("public, max-age=0, s-maxage=0, must-revalidate");
    }
}
