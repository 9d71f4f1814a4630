package io.inversionpicks.catalog;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.Fixtures;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Prices carry their "as of" date, time and zone, and are not shown once older than the retailer's maximum age
 * (Walmart: 168 hours, set in retailers.yaml). All at {@link Fixtures#NOW}, 2026-11-23T12:00:00Z; the test product
 * has an Amazon offer, which never carries a price from the files, and a Walmart offer with one.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class PriceFreshnessTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final String SEE_WALMART = "See the price at Walmart";

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void uneditedCatalogue() {
        FixedClock.reset();
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private ValidatableResponse withWalmartPriceAsOf(String asOf) {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "      asOf", "\"" + asOf + "\""));
        // Published now, or already by the watcher: either way the edited file is what serves after this.
        assertThat(catalogue.reload().outcome()).isNotEqualTo(ReloadOutcome.REJECTED);
        return given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200);
    }

    private static void priceHidden(ValidatableResponse product) {
        product.body("product.price", nullValue())
                .body("product.priceNote", equalTo("See the price at Amazon"))
                .body("product.offers[1].price", nullValue())
                .body("product.offers[1].priceNote", equalTo(SEE_WALMART))
                // The reader can still follow the (direct) link to see the current price there.
                .body("product.offers[0].link.href", startsWith("https://www.amazon.com/dp/B000TEST01"))
                .body("product.offers[0].link.ping", containsString("/clicks/test-table/amazon"));
    }

    private static void priceShown(ValidatableResponse product, String asOf, String asOfDisplay) {
        product.body("product.price.amount", equalTo(299.99f))
                .body("product.price.asOf", equalTo(asOf))
                .body("product.price.retailerName", equalTo("Walmart"))
                .body("product.priceNote", nullValue())
                .body("product.offers[1].price.amount", equalTo(299.99f))
                .body("product.offers[1].price.currency", equalTo("USD"))
                .body("product.offers[1].price.asOf", equalTo(asOf))
                .body("product.offers[1].price.asOfDisplay", equalTo(asOfDisplay))
                .body("product.offers[1].price.display", equalTo("$299.99"))
                .body("product.offers[1].price.disclaimer", nullValue())
                .body("product.offers[1].priceNote", nullValue())
                // Amazon's offer has no price from the files, ever: a call to action without a number.
                .body("product.offers[0].price", nullValue())
                .body("product.offers[0].priceNote", equalTo("See the price at Amazon"));
    }

    @Test
    void aPriceOlderThanTheRetailerAllowsIsNotShown() {
        priceHidden(withWalmartPriceAsOf("2026-11-16T11:59:59Z"));
    }

    @Test
    void aPriceExactlyAsOldAsAllowedIsNotShown() {
        priceHidden(withWalmartPriceAsOf("2026-11-16T12:00:00Z"));
    }

    @Test
    void aFreshPriceIsShownWithItsDateTimeAndZone() {
        priceShown(withWalmartPriceAsOf("2026-11-16T12:00:01Z"), "2026-11-16T12:00:01Z",
                "as of 16 Nov 2026, 12:00 UTC");
        given().get("/products/{id}", TEST_PRODUCT_ID).then()
                .body("product.price.shownUntil", equalTo("2026-11-23T12:00:01Z"));
    }

    @Test
    void aTimeWithAnOffsetIsShownInUtc() {
        priceShown(withWalmartPriceAsOf("2026-11-23T09:30:00+01:00"), "2026-11-23T08:30:00Z",
                "as of 23 Nov 2026, 08:30 UTC");
    }

    @Test
    void theMaximumAgeComesFromTheCatalogue() {
        FOLDER.edit("retailers.yaml", c -> c.replaceFirst("maxPriceAgeHours: 168", "maxPriceAgeHours: 12"));
        priceShown(withWalmartPriceAsOf("2026-11-23T00:00:01Z"), "2026-11-23T00:00:01Z",
                "as of 23 Nov 2026, 00:00 UTC");
        priceHidden(withWalmartPriceAsOf("2026-11-22T23:00:00Z"));
    }

    @Test
    void listsHideStalePricesToo() {
        withWalmartPriceAsOf("2026-11-10T08:00:00Z");
        given().get("/products?brand=Testbrand").then().statusCode(200)
                .body("items.find { it.id == 'test-table' }.price", nullValue())
                .body("items.find { it.id == 'test-table' }.priceNote", equalTo("See the price at Amazon"));
    }
}
