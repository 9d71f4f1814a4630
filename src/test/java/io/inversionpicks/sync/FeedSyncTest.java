package io.inversionpicks.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Availability;
import io.inversionpicks.sync.store.FetchedOffer;
import io.inversionpicks.sync.store.RetailerDataStore;
import io.inversionpicks.sync.store.SyncRunStore;
import io.inversionpicks.testing.FeedStandIn;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.Fixtures;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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

    @Inject
    SyncRunStore runs;

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void fullFeed() {
        FixedClock.reset();
        FeedStandIn.serves(feed(Map.of(TABLE, "123.45")));
    }

    /** Retailer data lives in the database, which outlives this application in the test JVM: leave none behind. */
    @AfterEach
    void forget() {
        FixedClock.reset();
        store.sources().forEach(store::deleteSource);
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
        assertThat(walmart.getString("imageUrl")).isEqualTo("https://i5.walmartimages.com/" + TABLE + ".jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "http://i5.walmartimages.com/a.jpg",
            "ftp://i5.walmartimages.com/a.jpg"})
    void onlyAnHttpsImageLinkFromTheFeedReachesReaders(String image) {
        FeedStandIn.serves(feed(Map.of()).replace("https://i5.walmartimages.com/" + TABLE + ".jpg", image));

        sync();

        assertThat(walmartOffer(TABLE).getString("price.amount")).isEqualTo("199.0");
        assertThat(walmartOffer(TABLE).getString("imageUrl")).isNull();
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
        assertThat(productIds("/products?maxPrice=100000")).as("no price to go by: not in a price range")
                .doesNotContain(TABLE).contains("teeter-fitspine-x3");
    }

    @Test
    void priceFiltersAndSortingGoByTheFetchedPrice() {
        FeedStandIn.serves(feed(Map.of(TABLE, "9.99")));

        sync();

        assertThat(productIds("/products?maxPrice=10")).containsExactly(TABLE);
        assertThat(productIds("/products?sort=price-asc&size=1")).containsExactly(TABLE);
        assertThat(productIds("/products?category=inversion-table&sort=price-desc&maxPrice=100000"))
                .endsWith(TABLE);
    }

    private static List<String> productIds(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
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

    @Test
    void aRunThatAnotherReplicaStoredIsShownAtThisReplicasNextRefresh() {
        sync();
        ReadModel beforeRefresh = catalogue.current();
        sync.refresh();
        assertThat(catalogue.current()).as("nothing new stored: the answers cached for this model stay")
                .isSameAs(beforeRefresh);

        // What the replica the clustered scheduler picked stores: the data, then its run.
        store.replace(List.of(new FetchedOffer(TABLE, "walmart", "feed:walmart", new BigDecimal("111.11"), "USD",
                Availability.IN_STOCK, null, null, Fixtures.NOW)));
        runs.record("other-replica/7", Fixtures.NOW, Fixtures.NOW, Fixtures.NOW, "[]");
        assertThat(walmartOffer(TABLE).getString("price.amount")).as("shown from memory until the refresh")
                .isEqualTo("123.45");

        sync.refresh();

        assertThat(walmartOffer(TABLE).getString("price.amount")).isEqualTo("111.11");
        JsonPath report = given().auth().preemptive().basic("admin", "test-admin").get("/admin/sync").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getString("recentRuns[0].instance")).as("any replica reports the cluster's last run")
                .isEqualTo("other-replica/7");
        assertThat(report.getString("recentRuns[1].scheduledFor")).as("this replica's run, asked for by POST")
                .isNull();
    }

    @Test
    void theDataOfAFeedNoLongerConfiguredIsDeletedAtTheNextRun() {
        store.replace(List.of(new FetchedOffer("teeter-fitspine-x3", "teeter", "feed:teeter-removed",
                new BigDecimal("5.55"), "USD", Availability.IN_STOCK, null, null, Fixtures.NOW)));
        sync.showStored();
        assertThat(offer("teeter-fitspine-x3", "teeter").getString("price.amount")).isEqualTo("5.55");

        sync();

        assertThat(store.sources()).containsExactly("feed:walmart");
        assertThat(offer("teeter-fitspine-x3", "teeter").getString("price.amount")).as("the files' price again")
                .isNotEqualTo("5.55");
    }

    @Test
    void aFireTimeAReplicaRecordedBeforeItDiedIsNotRunAgain() {
        Instant due = Fixtures.NOW.minusSeconds(60);
        long recorded = runs.record("dead-replica/1", due, due, due.plusSeconds(1), "[]");

        sync.scheduled(firing(due));
        assertThat(runs.latestId()).as("Quartz's recovery of the same fire time").isEqualTo(recorded);

        sync.scheduled(firing(due.plusSeconds(3600)));
        assertThat(runs.latestId()).as("the next fire time runs").isGreaterThan(recorded);
    }

    private static ScheduledExecution firing(Instant due) {
        return new ScheduledExecution() {
            public Trigger getTrigger() {
                return null;
            }

            public Instant getFireTime() {
                return due;
            }

            public Instant getScheduledFireTime() {
                return due;
            }
        };
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
        return offer(productId, "walmart");
    }

    private static JsonPath offer(String productId, String retailer) {
        Object offer = given().get("/products/" + productId).then().statusCode(200).extract().jsonPath()
                .get("product.offers.find { it.retailer == '" + retailer + "' }");
        return JsonPath.from(JSON.valueToTree(offer).toString());
    }
}
