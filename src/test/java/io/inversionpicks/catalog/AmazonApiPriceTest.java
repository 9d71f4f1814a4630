package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An Amazon price is shown only as Amazon's API supplied it: with its date, time and zone, Amazon's disclaimer next
 * to it on every surface, and for 24 hours at most. The price sync is not written yet; the test hands the service
 * the prices it would.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class AmazonApiPriceTest {

    private static final Instant SEEN = Instant.parse("2026-11-23T10:00:00Z");

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void amazonPriceFromTheApi() {
        FixedClock.reset();
        LiveCatalogueProfile.resetAndReload(catalogue);
        catalogue.showApiPrices(amazonPrice("279.99"));
    }

    private static RetailerPrices amazonPrice(String amount) {
        return new RetailerPrices(Map.of(new RetailerPrices.OfferKey("test-table", "amazon"),
                new Offer.Price(new BigDecimal(amount), "USD", SEEN.toString())));
    }

    /**
     * Every start shows the prices stored before it, most often the very ones already shown (none): rendering every
     * product again for them cost a 10,000-product start a second.
     */
    @Test
    void theSamePricesAgainKeepWhatIsRenderedAndOthersReplaceIt() {
        ReadModel shown = catalogue.current();

        catalogue.showApiPrices(amazonPrice("279.99"));
        assertThat(catalogue.current()).isSameAs(shown);

        catalogue.showApiPrices(amazonPrice("289.99"));
        assertThat(catalogue.current()).isNotSameAs(shown);
        given().get("/products/test-table").then().statusCode(200).body("product.price.amount", equalTo(289.99f));
    }

    @AfterEach
    void noApiPrices() {
        FixedClock.reset();
        catalogue.showApiPrices(RetailerPrices.NONE);
    }

    @Test
    void jsonCarriesTheStampAndTheDisclaimer() {
        given().get("/products/test-table").then().statusCode(200)
                .body("product.price.amount", equalTo(279.99f))
                .body("product.price.retailer", equalTo("amazon"))
                .body("product.price.asOf", equalTo("2026-11-23T10:00:00Z"))
                .body("product.price.asOfDisplay", equalTo("as of 23 Nov 2026, 10:00 UTC"))
                .body("product.price.shownUntil", equalTo("2026-11-24T10:00:00Z"))
                .body("product.price.disclaimer", equalTo(PriceView.API_PRICE_DISCLAIMER))
                .body("product.offers[0].price.disclaimer", equalTo(PriceView.API_PRICE_DISCLAIMER))
                // Walmart's price was typed in by an editor: it is not Amazon's, and needs no such disclaimer.
                .body("product.offers[1].price.disclaimer", nullValue());
    }

    @Test
    void everyHtmlSurfacePutsTheDisclaimerNextToTheAmazonPrice() {
        for (String path : new String[]{"/widget/picks?brand=Testbrand",
                "/widget/compare?ids=test-table,teeter-fitspine-x3"}) {
            String html = given().accept("text/html").get(path).then().statusCode(200).extract().asString();
            assertThat(html).as(path).contains("$279.99", "as of 23 Nov 2026, 10:00 UTC",
                    "<span class=\"ip-price-disclaimer\">" + PriceView.API_PRICE_DISCLAIMER + "</span>");
            // JSON-LD states when the price was seen and until when it may be shown.
            assertThat(html).as(path).contains("\"validFrom\":\"2026-11-23T10:00:00Z\"",
                    "\"validThrough\":\"2026-11-24T10:00:00Z\"");
        }
    }

    @Test
    void theComparisonTableStatesRetailerStampAndDisclaimer() {
        given().get("/compare?ids=test-table,teeter-fitspine-x3").then().statusCode(200)
                .body("rows.find { it.key == 'price' }.display[0]", equalTo("$279.99 at Amazon, as of 23 Nov 2026, "
                        + "10:00 UTC. " + PriceView.API_PRICE_DISCLAIMER));
    }

    @Test
    void anApiPriceIsShownFor24HoursAtMost() {
        FixedClock.set(Instant.parse("2026-11-24T09:59:59Z"));
        given().get("/products/test-table").then().body("product.offers[0].price.amount", equalTo(279.99f));
        FixedClock.set(Instant.parse("2026-11-24T10:00:00Z"));
        given().get("/products/test-table").then().body("product.offers[0].price", nullValue())
                .body("product.offers[0].priceNote", equalTo("See the price at Amazon"));
    }
}
