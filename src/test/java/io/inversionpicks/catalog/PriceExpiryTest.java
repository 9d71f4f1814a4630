package io.inversionpicks.catalog;

import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price expiring while readers watch: the test product's Walmart price (seen 2026-11-23T08:00Z, Walmart allows 168
 * hours) may be shown until 2026-11-30T08:00:00Z and not one second longer, on every surface that shows it; and no
 * response made before then lets a browser or CDN keep it past that moment.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class PriceExpiryTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-30T08:00:00Z");
    private static final String PRICE = "$299.99";
    private static final Pattern LIFETIME = Pattern.compile("(?:max-age|s-maxage|stale-while-revalidate)=(\\d+)");

    /** Each surface that shows the test product's price, by name. */
    private static final Map<String, String> SURFACES = Map.of(
            "product", "/products/test-table",
            "list", "/products?brand=Testbrand",
            "recommendations", "/recommendations?brand=Testbrand",
            "compare", "/compare?ids=test-table,teeter-fitspine-x3",
            "picks page", "/widget/picks?brand=Testbrand",
            "compare page", "/widget/compare?ids=test-table,teeter-fitspine-x3");

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void uneditedCatalogue() {
        FixedClock.reset();
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    @AfterEach
    void timeAsBefore() {
        FixedClock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "list", "recommendations", "compare", "picks page", "compare page"})
    void thePriceIsShownUntilItsLastSecondAndGoneAtTheNext(String surface) {
        String path = SURFACES.get(surface);
        FixedClock.set(EXPIRES.minusSeconds(100));
        Response early = get(path);
        assertThat(early.asString()).as("shown 100 s before it expires").contains("299.99");
        assertLivesAtMost(early, Duration.ofSeconds(100));

        FixedClock.set(EXPIRES.minusSeconds(1));
        Response last = get(path);
        assertThat(last.asString()).as("shown in its last second").contains("299.99");
        assertLivesAtMost(last, Duration.ofSeconds(1));

        FixedClock.set(EXPIRES);
        Response gone = get(path);
        assertThat(gone.asString()).as("gone the second it expires").doesNotContain("299.99")
                .contains("See the price at Walmart");
        // The price is gone, so the answer changed and the earlier copy can't be revalidated as current.
        assertThat(gone.header("ETag")).isNotEqualTo(last.header("ETag"));
        given().header("If-None-Match", last.header("ETag")).get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "list", "compare", "compare page", "picks page"})
    void aResponseWithoutAnExpiringPriceSoonIsCachedAsConfigured(String surface) {
        Response response = get(SURFACES.get(surface));
        assertThat(response.header("Cache-Control"))
                .isEqualTo("public, max-age=60, s-maxage=60, stale-while-revalidate=300");
    }

    private static Response get(String path) {
        Response response = given().accept("application/json, text/html").get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** Fresh and stale reuse together end no later than {@code left} from now. */
    private static void assertLivesAtMost(Response response, Duration left) {
        String cacheControl = response.header("Cache-Control");
        long maxAge = 0;
        long stale = 0;
        Matcher m = LIFETIME.matcher(cacheControl);
        while (m.find()) {
            long seconds = Long.parseLong(m.group(1));
            if (m.group().startsWith("stale")) {
                stale = seconds;
            } else {
                maxAge = Math.max(maxAge, seconds);
            }
        }
        assertThat(cacheControl).contains("max-age=", "s-maxage=");
        assertThat(maxAge + stale).as(cacheControl).isLessThanOrEqualTo(left.toSeconds());
        if (stale == 0) {
            assertThat(cacheControl).contains("must-revalidate");
        }
    }
}
