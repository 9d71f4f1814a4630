package io.inversionpicks.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.sync.amazon.AmazonPriceSource;
import io.inversionpicks.sync.amazon.CreatorsApiTokens;
import io.inversionpicks.sync.store.FetchedOffer;
import io.inversionpicks.sync.store.RetailerDataStore;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.CreatorsApiStandIn;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.inversionpicks.testing.CreatorsApiStandIn.GET_ITEMS;
import static io.inversionpicks.testing.CreatorsApiStandIn.TOKEN_PATH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Amazon sync against a stand-in of the Creators API speaking its protocol over loopback: tokens, batching,
 * throttling, errors, and prices reaching readers without a catalogue reload, for 24 hours at most.
 */
@QuarkusTest
@WithTestResource(CreatorsApiStandIn.class)
class AmazonSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOTS = "teeter-hang-ups-ez-up-gravity-boots";
    private static final String BOOTS_ASIN = "B000FP1V6S";
    private static final String SWING = "aum-active-aerial-yoga-hammock";
    /** The shipped catalogue's active Amazon offers, and the getItems calls one sync makes for them (ten to a call). */
    private static final int ASINS = CreatorsApiStandIn.ShippedAsins.ALL.size();
    private static final int CALLS = (ASINS + 9) / 10;

    @Inject
    CreatorsApiTokens tokens;

    @Inject
    RetailerDataStore store;

    @Inject
    RetailerSync sync;

    @Inject
    AmazonPriceSource amazonSource;

    private final WireMockServer amazon = CreatorsApiStandIn.server();

    @BeforeEach
    void standIn() {
        FixedClock.reset();
        CreatorsApiStandIn.standardStubs();
        tokens.discard();
    }

    /** Retailer data lives in the database, which outlives this application in the test JVM: leave none behind. */
    @AfterEach
    void forget() {
        FixedClock.reset();
        store.deleteSource(AmazonPriceSource.SOURCE);
        sync.showStored();
    }

    @Test
    void aSyncShowsAmazonsPricesWithItsStampWithoutAReload() {
        JsonPath report = sync();

        assertThat(report.getInt("sources[0].updated") + report.getInt("sources[0].unchanged")).isEqualTo(ASINS - 1);
        assertThat(report.getInt("sources[0].unmatched")).isEqualTo(1);
        assertThat(report.getInt("sources[0].failed")).isZero();
        assertThat(report.getList("sources[0].errors", String.class))
                .containsExactly("ItemNotAccessible: The ItemId " + CreatorsApiStandIn.INACCESSIBLE
                        + " is not accessible through the Creators API.");
        JsonPath boots = amazonOffer(BOOTS);
        assertThat(boots.getString("price.amount")).isEqualTo(CreatorsApiStandIn.price(BOOTS_ASIN).toPlainString());
        assertThat(boots.getString("price.asOf")).isEqualTo(Fixtures.NOW.toString());
        assertThat(boots.getString("price.disclaimer")).isEqualTo(PriceView.API_PRICE_DISCLAIMER);
        // The item Amazon would not serve shows no price, only the way to Amazon's own.
        assertThat(amazonOffer(SWING).getString("price")).isNull();
        assertThat(amazonOffer(SWING).getString("priceNote")).isEqualTo("See the price at Amazon");
    }

    @Test
    void aNewPriceReachesTheApiTheWidgetAndTheComparisonWithoutAReload() {
        sync();
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS))
                .willReturn(okJson(CreatorsApiStandIn.items(Map.of(BOOTS_ASIN, new BigDecimal("42.17"))))));

        JsonPath report = sync();

        assertThat(report.getInt("sources[0].updated")).isEqualTo(1);
        assertThat(amazonOffer(BOOTS).getString("price.amount")).isEqualTo("42.17");
        assertThat(given().get("/products?maxPrice=50").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).as("filters go by Amazon's price, not the files' 99.00")
                .contains(BOOTS);
        assertThat(amazonOffer(BOOTS).getString("imageUrl")).as("Amazon's image link, hot-linked, never copied")
                .isEqualTo("https://m.media-amazon.com/images/I/" + BOOTS_ASIN + ".jpg");
        assertThat(given().get("/compare?ids=" + BOOTS + ",teeter-fitspine-x3").then().statusCode(200)
                .extract().asString()).contains("$42.17 at Amazon");
        assertThat(given().accept("text/html").get("/widget/compare?ids=" + BOOTS + ",teeter-fitspine-x3")
                .then().statusCode(200).extract().asString()).contains("$42.17");
    }

    @Test
    void anOfferAmazonCannotSellShowsSoAndNoPrice() {
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).willReturn(okJson(CreatorsApiStandIn.items(Map.of(),
                Set.of(BOOTS_ASIN)))));

        sync();

        JsonPath boots = amazonOffer(BOOTS);
        assertThat(boots.getString("price")).isNull();
        assertThat(boots.getString("priceNote")).isEqualTo("Currently unavailable at Amazon");
        assertThat(boots.getString("availability")).isEqualTo("out-of-stock");
        assertThat(given().accept("text/html").get("/widget/compare?ids=" + BOOTS + ",teeter-fitspine-x3")
                .then().statusCode(200).extract().asString()).contains("Currently unavailable at Amazon");
    }

    @Test
    void recommendationsRankWhatNobodyCanSellNowBehindTheRestAndSayWhy() {
        sync();
        List<String> inStock = given().get("/recommendations?limit=20").then().statusCode(200).extract()
                .jsonPath().getList("items.product.id", String.class);
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).willReturn(okJson(CreatorsApiStandIn.items(Map.of(),
                Set.copyOf(CreatorsApiStandIn.ShippedAsins.ALL)))));

        sync();

        JsonPath answer = given().get("/recommendations?limit=20").then().statusCode(200).extract().jsonPath();
        List<Boolean> unavailable = answer.getList("items").stream().map(item -> JsonPath.from(
                        JSON.valueToTree(item).toString()).getList("product.offers.availability", String.class)
                .stream().allMatch("out-of-stock"::equals)).toList();
        assertThat(unavailable).contains(true, false);
        // Every product Amazon alone sells, and cannot now, comes after every product someone can sell.
        assertThat(unavailable.subList(unavailable.indexOf(true), unavailable.size())).containsOnly(true);
        assertThat(inStock.indexOf(answer.getString("items[" + unavailable.indexOf(true) + "].product.id")))
                .as("an unavailable product was ranked higher before").isLessThan(unavailable.indexOf(true));
        assertThat(answer.getString("items[" + unavailable.indexOf(true) + "].cautions[0]"))
                .isEqualTo("Currently unavailable at Amazon, so it is ranked after the products you can buy now");
    }

    @Test
    void runsAreCountedForDashboards() {
        sync();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("retailer_sync_offers_total\\{outcome=\"unmatched\",source=\"amazon-api\"} [1-9]")
                .contains("retailer_data_oldest_shown_age_seconds");
    }

    @Test
    void oneTokenServesEveryCallAndIsSentAsTheSdkSendsIt() {
        sync();
        sync();

        amazon.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=test-credential"))
                .withRequestBody(containing("client_secret=test-secret"))
                .withRequestBody(containing("scope=creatorsapi%2Fdefault")));
        amazon.verify(2 * CALLS, postRequestedFor(urlPathEqualTo(GET_ITEMS))
                .withHeader("Authorization", equalTo("Bearer tok-1, Version 2.1"))
                .withHeader("x-marketplace", equalTo("www.amazon.com"))
                .withHeader("Content-Type", containing("application/json")));
    }

    /**
     * The shipped catalogue has ten Amazon offers, one call's worth: with the test product's and 23 more, 34 ASINs
     * show the split into calls of ten.
     */
    @Test
    void aLargerCatalogueIsAskedForTenAsinsACall() {
        CatalogueFolder folder = CatalogueFolder.create();
        String trapeze = folder.read("products/yoga-trapeze-inversion-swing.yaml");
        for (int i = 0; i < 23; i++) {
            String id = "trapeze-copy-" + i;
            folder.write("products/" + id + ".yaml", trapeze.replace("id: yoga-trapeze-inversion-swing", "id: " + id)
                    .replace("name: YOGABODY Yoga Trapeze", "name: Trapeze copy " + i + " of the YOGABODY Trapeze")
                    .replace("/dp/B00CTMF19M", "/dp/B0TEST%04d".formatted(i)));
        }
        LoadResult loaded = new CatalogueLoader().load(folder.root(), Fixtures.NOW);
        assertThat(loaded).as(loaded.toString()).isInstanceOf(LoadResult.Loaded.class);

        AmazonPriceSource.Fetch fetch = amazonSource.fetch(((LoadResult.Loaded) loaded).catalogue(), Fixtures.NOW);

        List<Integer> sizes = amazon.findAll(postRequestedFor(urlPathEqualTo(GET_ITEMS))).stream()
                .map(LoggedRequest::getBodyAsString).map(JsonPath::from).map(body -> body.getList("itemIds").size())
                .toList();
        assertThat(sizes).containsExactly(10, 10, 10, 4);
        assertThat(fetch.failed()).isZero();
    }

    @Test
    void asinsGoTenToACallWithThePartnerTagAndOnlyTheResourcesShown() {
        sync();

        List<JsonPath> bodies = amazon.findAll(postRequestedFor(urlPathEqualTo(GET_ITEMS))).stream()
                .map(LoggedRequest::getBodyAsString).map(JsonPath::from).toList();
        assertThat(bodies).extracting(body -> body.getList("itemIds").size()).allMatch(size -> size <= 10)
                .hasSize(CALLS);
        assertThat(bodies.stream().flatMap(body -> body.getList("itemIds", String.class).stream()))
                .containsExactlyElementsOf(CreatorsApiStandIn.ShippedAsins.ALL.stream().sorted().toList());
        assertThat(bodies).allSatisfy(body -> {
            assertThat(body.getString("partnerTag")).isEqualTo("inversionpicks-20");
            assertThat(body.getList("resources", String.class)).containsExactly("offersV2.listings.price",
                    "offersV2.listings.availability", "images.primary.large");
        });
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheCallRetried() {
        amazon.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(CreatorsApiStandIn.token("tok-1"))).willSetStateTo("second"));
        amazon.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("token").whenScenarioStateIs("second")
                .willReturn(okJson(CreatorsApiStandIn.token("tok-2"))));
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).withHeader("Authorization", containing("tok-1"))
                .willReturn(CreatorsApiStandIn.status(401, "{\"message\":\"The access token has expired\"}")));

        JsonPath report = sync();

        assertThat(report.getInt("sources[0].failed")).isZero();
        amazon.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        amazon.verify(CALLS, postRequestedFor(urlPathEqualTo(GET_ITEMS))
                .withHeader("Authorization", equalTo("Bearer tok-2, Version 2.1")));
    }

    @Test
    void credentialsRefusedTwiceFailTheRunAndSaySo() {
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS))
                .willReturn(CreatorsApiStandIn.status(401, "{\"message\":\"Unauthorized\"}")));

        JsonPath report = sync();

        assertThat(report.getInt("sources[0].failed")).isEqualTo(ASINS);
        assertThat(report.getString("sources[0].errors[0]")).contains("HTTP 401", "sync.amazon.credential-id");
    }

    @Test
    void aThrottledCallIsRetriedAfterABackoff() {
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(CreatorsApiStandIn.status(429, "{\"message\":\"Rate exceeded\"}")
                        .withHeader("Retry-After", "0")).willSetStateTo("calm"));
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(okJson(CreatorsApiStandIn.items(Map.of()))));

        JsonPath report = sync();

        assertThat(report.getInt("sources[0].failed")).isZero();
        amazon.verify(CALLS + 1, postRequestedFor(urlPathEqualTo(GET_ITEMS)));
    }

    @Test
    void aFailingApiKeepsThePricesAlreadyShown() {
        sync();
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).willReturn(CreatorsApiStandIn.status(503, "")));

        JsonPath report = sync();

        assertThat(report.getInt("sources[0].failed")).isEqualTo(ASINS);
        assertThat(report.getString("sources[0].errors[0]")).contains("HTTP 503 after 3 attempt(s)");
        amazon.verify(CALLS + CALLS * 3, postRequestedFor(urlPathEqualTo(GET_ITEMS)));
        assertThat(amazonOffer(BOOTS).getString("price.amount"))
                .isEqualTo(CreatorsApiStandIn.price(BOOTS_ASIN).toPlainString());
    }

    @Test
    void anAnswerThatIsNotJsonIsAFailureNamedAsSuch() {
        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS))
                .willReturn(CreatorsApiStandIn.status(200, "<html>Service Unavailable</html>")));

        JsonPath report = sync();

        assertThat(report.getInt("sources[0].failed")).isEqualTo(ASINS);
        assertThat(report.getString("sources[0].errors[0]")).contains("not JSON");
    }

    @Test
    void amazonDataOlderThan24HoursIsNeitherShownNorKept() {
        sync();
        assertThat(amazonOffer(BOOTS).getString("imageUrl")).isNotNull();
        FixedClock.set(Fixtures.NOW.plus(Duration.ofHours(24)));
        assertThat(amazonOffer(BOOTS).getString("price")).isNull();
        assertThat(amazonOffer(BOOTS).getString("imageUrl")).as("the image link goes with the price").isNull();

        amazon.stubFor(post(urlPathEqualTo(GET_ITEMS)).willReturn(CreatorsApiStandIn.status(503, "")));
        sync();

        assertThat(store.all()).filteredOn(offer -> offer.source().equals(AmazonPriceSource.SOURCE))
                .extracting(FetchedOffer::productId).isEmpty();
        assertThat(given().auth().preemptive().basic("admin", "test-admin").get("/admin/sync").then()
                .statusCode(200).extract().jsonPath().getString("oldestShownFetchedAt")).isNull();
    }

    private static JsonPath sync() {
        return admin().post("/admin/sync").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin");
    }

    /** The product's Amazon offer as GET /products/{id} shows it. */
    private static JsonPath amazonOffer(String productId) {
        Object offer = given().get("/products/" + productId).then().statusCode(200).extract().jsonPath()
                .get("product.offers.find { it.retailer == 'amazon' }");
        return JsonPath.from(JSON.valueToTree(offer).toString());
    }
}
