package io.inversionpicks.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.sync.store.RetailerDataStore;
import io.inversionpicks.testing.FeedStandIn;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walmart's product feed, served over loopback as an affiliate network serves it: matched rows replace the prices
 * typed into the files, without a catalogue reload; a feed that is gone or mostly unmatched changes nothing.
 */
@QuarkusTest
@WithTestResource(FeedStandIn.class)
class FeedSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "merchant_deep_link,search_price,currency,in_stock,merchant_image_url\n";
    private static final String TABLE = "innova-itx9600";

    @Inject
    RetailerDataStore store;

    @Inject
    RetailerSync sync;

    @BeforeEach
    void fullFeed() {
        FixedClock.reset();
        FeedStandIn.serves(feed(Map.of(TABLE, "123.45")));
    }

    /** Retailer data lives in the database, which outlives this application in the test JVM: leave none behind. */
    @AfterEach
    void forget() {
        FixedClock.reset();
        store.deleteSource("feed:walmart");
        sync.showStored();
    }

    @Test
    void aMatchedRowsPriceReplacesTheTypedOneWithoutAReload() {
        JsonPath report = sync();

        // Every Walmart offer matched; whether each counts as updated depends on what an earlier run stored.
        assertThat(report.getInt("sources.find { it.source == 'feed:walmart' }.updated")
                + report.getInt("sources.find { it.source == 'feed:walmart' }.unchanged"))
                .isEqualTo(FeedStandIn.WALMART_OFFERS.size());
        assertThat(report.getInt("sources.find { it.source == 'feed:walmart' }.unmatched")).isZero();
        JsonPath walmart = walmartOffer(TABLE);
        assertThat(walmart.getString("price.amount")).isEqualTo("123.45");
        assertThat(walmart.getString("price.asOf")).isEqualTo(Fixtures.NOW.toString());
        // Walmart's own price, not Amazon's: no Amazon disclaimer.
        assertThat(walmart.getString("price.disclaimer")).isNull();
    }

    @Test
    void aFeedThatIsGoneKeepsThePricesItGaveBefore() {
        sync();
        FeedStandIn.missing();

        JsonPath report = sync();

        assertThat(report.getList("sources.find { it.source == 'feed:walmart' }.errors", String.class).get(0))
                .contains("no feed was received", "previous data kept");
        assertThat(walmartOffer(TABLE).getString("price.amount")).isEqualTo("123.45");
    }

    @Test
    void aFeedMatchingTooFewOffersIsIgnored() {
        sync();
        // None of the catalogue's Walmart offers is in it: below the 50 % it must match, so it is not used at all.
        FeedStandIn.serves(HEADER + "https://www.walmart.com/ip/Something-Else/1,9.99,USD,in stock,\n");

        JsonPath report = sync();

        assertThat(report.getString("sources.find { it.source == 'feed:walmart' }.errors[0]")).contains("50 %");
        assertThat(walmartOffer(TABLE).getString("price.amount")).isEqualTo("123.45");
    }

    @Test
    void aRowSayingOutOfStockShowsSoAndNoPrice() {
        FeedStandIn.serves(feed(Map.of()).replace(FeedStandIn.WALMART_OFFERS.get(TABLE) + ",199.00,USD,in stock",
                FeedStandIn.WALMART_OFFERS.get(TABLE) + ",,USD,out of stock"));

        sync();

        JsonPath walmart = walmartOffer(TABLE);
        assertThat(walmart.getString("price")).isNull();
        assertThat(walmart.getString("priceNote")).isEqualTo("Currently unavailable at Walmart");
    }

    @Test
    void noFeedEverPricesAnAmazonOffer() {
        FeedStandIn.serves(feed(Map.of()) + "https://www.amazon.com/dp/B000FP1V6S,9.99,USD,in stock,\n");

        JsonPath report = sync();

        assertThat(report.getString("sources.find { it.source == 'feed:amazon-by-mistake' }.errors[0]"))
                .contains("takes prices only from its own API");
        JsonPath amazon = JsonPath.from(JSON.valueToTree(given().get("/products/teeter-hang-ups-ez-up-gravity-boots")
                .then().statusCode(200).extract().jsonPath().get("product.offers.find { it.retailer == 'amazon' }"))
                .toString());
        assertThat(amazon.getString("price")).isNull();
        assertThat(amazon.getString("priceNote")).isEqualTo("See the price at Amazon");
    }

    /** Every Walmart offer at 199.00 unless {@code prices} says otherwise. */
    private static String feed(Map<String, String> prices) {
        return HEADER + FeedStandIn.WALMART_OFFERS.entrySet().stream()
                .map(offer -> offer.getValue() + "," + prices.getOrDefault(offer.getKey(), "199.00")
                        + ",USD,in stock,https://i5.walmartimages.com/" + offer.getKey() + ".jpg")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static JsonPath sync() {
        return given().auth().preemptive().basic("admin", "test-admin").post("/admin/sync").then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath walmartOffer(String productId) {
        Object offer = given().get("/products/" + productId).then().statusCode(200).extract().jsonPath()
                .get("product.offers.find { it.retailer == 'walmart' }");
        return JsonPath.from(JSON.valueToTree(offer).toString());
    }
}
