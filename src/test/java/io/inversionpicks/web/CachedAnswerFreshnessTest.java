package io.inversionpicks.web;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.inversionpicks.testing.LiveCatalogueProfile.FOLDER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path never serves what its published state no longer shows: not an answer of an older state after a
 * reload, and not a price past its expiry, whose Cache-Control it cuts as the REST layer does. The test product's
 * Walmart price (see PriceExpiryTest) may be shown until 2026-11-30T08:00:00Z.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class CachedAnswerFreshnessTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-30T08:00:00Z");

    @Inject
    CatalogueService catalogue;

    @Inject
    MeterRegistry registry;

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
    @ValueSource(strings = {"/products/test-table", "/products?brand=Testbrand", "/widget/picks?brand=Testbrand"})
    void aReloadedCatalogueIsAnsweredAnewNotFromTheOldBytes(String path) {
        given().get(path).then().statusCode(200);
        double fast = fastAnswers();
        Response old = given().get(path);
        assertThat(fastAnswers()).as("answered by the fast path").isEqualTo(fast + 1);
        assertThat(old.asString()).contains("Test Inversion Table");

        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "name", "Renamed While Cached"));
        assertThat(catalogue.reload().published()).isTrue();

        Response renamed = given().get(path);
        assertThat(fastAnswers()).as("the new state's first answer comes from the REST layer").isEqualTo(fast + 1);
        assertThat(renamed.asString()).contains("Renamed While Cached").doesNotContain("Test Inversion Table");
        assertThat(renamed.header("ETag")).isNotEqualTo(old.header("ETag"));
        given().header("If-None-Match", old.header("ETag")).get(path).then().statusCode(200);
        assertThat(given().get(path).asString()).contains("Renamed While Cached");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/products/test-table", "/recommendations?brand=Testbrand",
            "/widget/compare?ids=test-table,teeter-fitspine-x3"})
    void aFastAnswerIsNeverKeptPastThePriceItShows(String path) {
        FixedClock.set(EXPIRES.minusSeconds(100));
        given().get(path).then().statusCode(200);
        double fast = fastAnswers();
        Response early = given().get(path);
        assertThat(fastAnswers()).isEqualTo(fast + 1);
        assertThat(early.asString()).contains("299.99");
        assertThat(early.header("Cache-Control"))
                .isEqualTo("public, max-age=60, s-maxage=60, stale-while-revalidate=40");

        FixedClock.set(EXPIRES.minusSeconds(1));
        Response last = given().get(path);
        assertThat(fastAnswers()).as("the same state, so the fast path").isEqualTo(fast + 2);
        assertThat(last.header("ETag")).isEqualTo(early.header("ETag"));
        assertThat(last.header("Cache-Control")).isEqualTo("public, max-age=1, s-maxage=1, must-revalidate");

        FixedClock.set(EXPIRES);
        Response gone = given().get(path);
        assertThat(fastAnswers()).as("re-rendered without the price: a new state").isEqualTo(fast + 2);
        assertThat(gone.asString()).doesNotContain("299.99");
        assertThat(gone.header("ETag")).isNotEqualTo(last.header("ETag"));
    }

    private double fastAnswers() {
        return registry.find(CachedAnswerMetrics.NAME).counters().stream().mapToDouble(Counter::count).sum();
    }
}
