package io.inversionpicks.catalog;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Prices carry their "as of" time, and are not shown once older than the retailer's maximum age (Amazon: 24 hours,
 * set in retailers.yaml). All at {@link FixedClock#NOW}, 2026-11-23T12:00:00Z; the test product has one Amazon offer.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class PriceFreshnessTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final String CHECK_AMAZON = "Check the current price at Amazon";

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private ValidatableResponse withAmazonPriceAsOf(String asOf) {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "      asOf", "\"" + asOf + "\""));
        // Published now, or already by the watcher: either way the edited file is what serves after this.
        assertNotEquals(ReloadOutcome.REJECTED, catalogue.reload().outcome());
        return given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200);
    }

    private static void priceHidden(ValidatableResponse product) {
        product.body("product.price", nullValue())
                .body("product.priceNote", equalTo(CHECK_AMAZON))
                .body("product.offers[0].price", nullValue())
                .body("product.offers[0].priceNote", equalTo(CHECK_AMAZON))
                // The reader can still follow the (direct) link to see the current price there.
                .body("product.offers[0].link.href", startsWith("https://www.amazon.com/dp/B000TEST01"))
                .body("product.offers[0].link.ping", containsString("/clicks/test-table/amazon"));
    }

    private static void priceShown(ValidatableResponse product, String asOf) {
        product.body("product.price.amount", equalTo(299.99f))
                .body("product.price.asOf", equalTo(asOf))
                .body("product.priceNote", nullValue())
                .body("product.offers[0].price.amount", equalTo(299.99f))
                .body("product.offers[0].price.currency", equalTo("USD"))
                .body("product.offers[0].price.asOf", equalTo(asOf))
                .body("product.offers[0].price.display", equalTo("$299.99"))
                .body("product.offers[0].priceNote", nullValue());
    }

    @Test
    void anAmazonPriceOlderThan24HoursIsNotShown() {
        priceHidden(withAmazonPriceAsOf("2026-11-22T11:59:59Z"));
    }

    @Test
    void anAmazonPriceExactly24HoursOldIsNotShown() {
        priceHidden(withAmazonPriceAsOf("2026-11-22T12:00:00Z"));
    }

    @Test
    void aFreshAmazonPriceIsShownWithItsAsOfTime() {
        priceShown(withAmazonPriceAsOf("2026-11-22T12:00:01Z"), "2026-11-22T12:00:01Z");
    }

    @Test
    void aBareDateCountsFromMidnightUtc() {
        priceShown(withAmazonPriceAsOf("2026-11-23"), "2026-11-23");
        priceHidden(withAmazonPriceAsOf("2026-11-22"));
    }

    @Test
    void theMaximumAgeComesFromTheCatalogue() {
        // Shorter, not longer: Amazon allows at most 24 hours, and the loader rejects more.
        FOLDER.edit("retailers.yaml", c -> c.replaceFirst("maxPriceAgeHours: 24", "maxPriceAgeHours: 12"));
        priceShown(withAmazonPriceAsOf("2026-11-23T00:00:01Z"), "2026-11-23T00:00:01Z");
        priceHidden(withAmazonPriceAsOf("2026-11-22T23:00:00Z"));
    }

    @Test
    void listsHideStalePricesToo() {
        withAmazonPriceAsOf("2026-11-21T08:00:00Z");
        given().get("/products?q=Test Inversion Table").then().statusCode(200)
                .body("items.find { it.id == 'test-table' }.price", nullValue())
                .body("items.find { it.id == 'test-table' }.priceNote", equalTo(CHECK_AMAZON));
    }
}
