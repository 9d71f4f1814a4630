package io.inversionpicks.links;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.inversionpicks.links.store.LinkHealthStore;
import io.inversionpicks.sync.store.FetchedOffer;
import io.inversionpicks.sync.store.RetailerDataStore;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.RetailerSitesStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The link checker against local stand-ins of the retailers' sites, over real sockets: the catalogue's https offer
 * URLs are routed to WireMock on loopback by {@code links.resolve}. Readers stop seeing an offer after its second
 * failure and see it again after a check passes, without a reload.
 */
@QuarkusTest
@WithTestResource(RetailerSitesStandIn.class)
class LinkHealthTest {

    private static final String ITX9600 = "innova-itx9600";
    private static final String ITX9600_PAGE = "/ip/Innova-ITX9600-Heavy-Duty-Inversion-Table/37418265";
    private static final String ITC3000 = "innova-itc3000-inversion-chair";
    private static final String ITC3000_PAGE = "/ip/Innova-ITC3000-Seated-Inversion-Chair/704518236";

    @Inject
    LinkHealthStore store;

    @Inject
    LinkHealthService links;

    @Inject
    RetailerDataStore retailerData;

    private final WireMockServer sites = RetailerSitesStandIn.server();

    @BeforeEach
    void fine() {
        RetailerSitesStandIn.allPagesFine();
    }

    /** Link health lives in the database, which outlives this application in the test JVM: leave none behind. */
    @AfterEach
    void forget() {
        store.clear();
        retailerData.sources().forEach(retailerData::deleteSource);
        links.showStored();
    }

    @Test
    void aWorkingPageIsOkWithItsEvidence() {
        check(ITX9600);

        JsonPath walmart = link(ITX9600, "walmart");
        assertThat(walmart.getString("status")).isEqualTo("ok");
        assertThat(walmart.getInt("httpStatus")).isEqualTo(200);
        assertThat(walmart.getString("finalUrl")).isEqualTo("https://www.walmart.com" + ITX9600_PAGE);
        assertThat(walmart.getString("checkedAt")).isEqualTo(Fixtures.NOW.toString());
        assertThat(walmart.getBoolean("hidden")).isFalse();
        // Polite: HEAD first, and a User-Agent naming the service and its operator's site.
        List<LoggedRequest> requests = sites.findAll(anyRequestedFor(urlPathEqualTo(ITX9600_PAGE)));
        assertThat(requests.get(0).getMethod().getName()).isEqualTo("HEAD");
        assertThat(requests.get(0).getHeader("User-Agent")).contains("InversionPicks-LinkCheck", "http://localhost:8081");
    }

    @Test
    void notFoundTwiceHidesTheOfferUntilAPageAnswersAgain() {
        sites.stubFor(any(urlPathEqualTo(ITX9600_PAGE)).willReturn(aResponse().withStatus(404)));

        check(ITX9600);
        assertThat(link(ITX9600, "walmart").getString("status")).isEqualTo("failing");
        assertThat(readerRetailers(ITX9600)).contains("walmart");

        check(ITX9600);
        JsonPath broken = link(ITX9600, "walmart");
        assertThat(broken.getString("status")).isEqualTo("broken");
        assertThat(broken.getInt("failures")).isEqualTo(2);
        assertThat(broken.getInt("httpStatus")).isEqualTo(404);
        assertThat(broken.getBoolean("hidden")).isTrue();
        assertThat(broken.getList("history")).hasSize(2);
        assertThat(readerRetailers(ITX9600)).containsExactly("amazon");
        // The only other shop is Amazon, which may never be reached through a redirect from a link the blog
        // disclosed as Walmart's: the old link says the offer can't be linked now, and redirects nowhere.
        given().accept("application/json").redirects().follow(false).get("/go/" + ITX9600 + "/walmart").then()
                .statusCode(404).header("Location", org.hamcrest.Matchers.nullValue());
        awaitNotice("hidden", ITX9600);

        RetailerSitesStandIn.allPagesFine();
        check(ITX9600);
        assertThat(link(ITX9600, "walmart").getString("status")).isEqualTo("ok");
        assertThat(readerRetailers(ITX9600)).contains("amazon", "walmart");
        given().redirects().follow(false).get("/go/" + ITX9600 + "/walmart").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.startsWith("https://www.walmart.com" + ITX9600_PAGE));
        awaitNotice("shown", ITX9600);
    }

    @Test
    void aProductWhoseOnlyOfferIsGoneIsNoLongerShown() {
        sites.stubFor(any(urlPathEqualTo(ITC3000_PAGE)).willReturn(aResponse().withStatus(410)));

        check(ITC3000);
        check(ITC3000);

        assertThat(link(ITC3000, "walmart").getString("status")).isEqualTo("broken");
        given().get("/products/" + ITC3000).then().statusCode(404);
        assertThat(given().get("/products?size=100").jsonPath().getList("items.id")).doesNotContain(ITC3000)
                .contains(ITX9600);
        assertThat(given().get("/recommendations?experience=new&limit=10").then().statusCode(200).extract()
                .asString()).doesNotContain(ITC3000);
        given().accept("application/json").redirects().follow(false).get("/go/" + ITC3000 + "/walmart").then()
                .statusCode(404).body("detail", org.hamcrest.Matchers.containsString("no longer available"));
        given().accept("text/html").redirects().follow(false).get("/go/" + ITC3000 + "/walmart").then()
                .statusCode(404).body(org.hamcrest.Matchers.containsString("This link is out of date"));
        given().get("/compare?ids=" + ITC3000 + "," + ITX9600).then().statusCode(404)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("no longer available"));
    }

    @Test
    void aRedirectToTheHomePageIsAway() {
        String page = "/ip/Exerpeutic-225SL-Inversion-Table-with-Surelock/19746302";
        sites.stubFor(any(urlPathEqualTo(page)).willReturn(aResponse().withStatus(301).withHeader("Location", "/")));

        check("exerpeutic-225sl");
        JsonPath away = link("exerpeutic-225sl", "walmart");
        assertThat(away.getString("status")).isEqualTo("redirected-away");
        assertThat(away.getString("finalUrl")).isEqualTo("https://www.walmart.com/");
        assertThat(away.getString("detail")).contains("home page");
        assertThat(away.getBoolean("hidden")).isFalse();

        check("exerpeutic-225sl");
        assertThat(link("exerpeutic-225sl", "walmart").getBoolean("hidden")).isTrue();
        assertThat(readerRetailers("exerpeutic-225sl")).containsExactly("amazon");
    }

    @Test
    void aChainOfRedirectsToTheSameProductIsOk() {
        String page = "/ip/Health-Mark-IV-Inversion-Chair/261837450";
        sites.stubFor(any(urlPathEqualTo(page)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://www.walmart.com/ip/Health-Mark-IV-Chair/261837450")));
        sites.stubFor(any(urlPathEqualTo("/ip/Health-Mark-IV-Chair/261837450")).willReturn(aResponse()
                .withStatus(308).withHeader("Location", "/ip/health-mark-iv/261837450")));

        check("health-mark-iv-inversion-chair");

        JsonPath moved = link("health-mark-iv-inversion-chair", "walmart");
        assertThat(moved.getString("status")).isEqualTo("ok");
        assertThat(moved.getString("finalUrl")).isEqualTo("https://www.walmart.com/ip/health-mark-iv/261837450");
        assertThat(moved.getString("detail")).contains("2 redirects");
    }

    @Test
    void aRedirectLoopIsUnreachableNotBroken() {
        String page = "/ip/Innova-ITX9800-Inversion-Table/512903871";
        sites.stubFor(any(urlPathEqualTo(page)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", page + "-b")));
        sites.stubFor(any(urlPathEqualTo(page + "-b")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", page)));

        check("innova-itx9800");
        check("innova-itx9800");

        JsonPath loop = link("innova-itx9800", "walmart");
        assertThat(loop.getString("status")).isEqualTo("unreachable");
        assertThat(loop.getString("detail")).contains("loop");
        assertThat(loop.getBoolean("hidden")).isFalse();
    }

    @Test
    void forbiddenAndTooManyRequestsAreNeverBroken() {
        sites.stubFor(any(urlPathEqualTo("/ip/Omni-Gym-Yoga-Swing/602937518")).willReturn(aResponse().withStatus(403)));
        sites.stubFor(any(urlPathEqualTo("/ip/Yes4All-Inversion-Gravity-Boots/823641907"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        for (int round = 0; round < 3; round++) {
            check("omni-gym-yoga-swing");
            check("yes4all-gravity-boots");
        }

        assertThat(link("omni-gym-yoga-swing", "walmart").getString("status")).isEqualTo("blocked");
        assertThat(link("omni-gym-yoga-swing", "walmart").getInt("httpStatus")).isEqualTo(403);
        assertThat(link("yes4all-gravity-boots", "walmart").getInt("httpStatus")).isEqualTo(429);
        assertThat(link("yes4all-gravity-boots", "walmart").getBoolean("hidden")).isFalse();
        assertThat(readerRetailers("omni-gym-yoga-swing")).contains("walmart");
        assertThat(readerRetailers("yes4all-gravity-boots")).contains("walmart");
    }

    @Test
    void aServerSlowerThanTheTimeoutIsUnreachable() {
        sites.stubFor(any(urlPathEqualTo("/shop/inversion-tables/ep-560/")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(RetailerSitesStandIn.TIMEOUT_MILLIS + 1000)));

        check("teeter-ep-560");

        JsonPath slow = link("teeter-ep-560", "teeter");
        assertThat(slow.getString("status")).isEqualTo("unreachable");
        assertThat(slow.getString("detail")).contains("no answer within " + RetailerSitesStandIn.TIMEOUT_MILLIS + " ms");
        assertThat(slow.get("httpStatus") == null).isTrue();
    }

    @Test
    void anOutOfStockPageSaysSoInItsText() {
        sites.stubFor(any(urlPathEqualTo("/shop/inversion-tables/fitspine-x3/")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>FitSpine X3</h1><p class=\"badge\">Sold out</p></body></html>")));

        check("teeter-fitspine-x3");

        JsonPath gone = link("teeter-fitspine-x3", "teeter");
        assertThat(gone.getString("status")).as(gone.prettify()).isEqualTo("out-of-stock");
        assertThat(gone.getString("detail")).contains("sold out");
        assertThat(gone.getBoolean("hidden")).isFalse();
        // The page was read with GET after HEAD.
        sites.verify(getRequestedFor(urlPathEqualTo("/shop/inversion-tables/fitspine-x3/")));
    }

    @Test
    void anOutOfStockPageSaysSoInItsJsonLd() {
        sites.stubFor(any(urlPathEqualTo("/shop/accessories/ez-up-gravity-boots/")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/html").withBody("""
                        <html><head><script type="application/ld+json">
                        {"@context":"https://schema.org","@type":"Product","name":"EZ-Up",
                         "offers":{"@type":"Offer","price":"99.00","availability":"https://schema.org/OutOfStock"}}
                        </script></head><body><button>Add to cart</button></body></html>""")));

        check("teeter-hang-ups-ez-up-gravity-boots");

        JsonPath gone = link("teeter-hang-ups-ez-up-gravity-boots", "teeter");
        assertThat(gone.getString("status")).isEqualTo("out-of-stock");
        assertThat(gone.getString("detail")).contains("OutOfStock");
    }

    @Test
    void aRefusedConnectionIsUnreachable() {
        check("yoga-trapeze-inversion-swing");

        JsonPath refused = link("yoga-trapeze-inversion-swing", "yogabody");
        assertThat(refused.getString("status")).isEqualTo("unreachable");
        assertThat(refused.getString("detail")).contains("connection");
        assertThat(refused.get("httpStatus") == null).isTrue();
    }

    @Test
    void headNotAllowedIsAskedAgainWithGet() {
        String page = "/p/ironman-inversion-gravity-boots-20irnuvrsngrvtybtsacc/20irnuvrsngrvtybtsacc";
        sites.stubFor(request("HEAD", urlPathEqualTo(page)).willReturn(aResponse().withStatus(405)));
        sites.stubFor(get(urlPathEqualTo(page)).willReturn(aResponse().withStatus(200).withBody("<p>In stock</p>")));

        check("ironman-gravity-boots");

        assertThat(link("ironman-gravity-boots", "dicks-sporting-goods").getString("status")).isEqualTo("ok");
        sites.verify(getRequestedFor(urlPathEqualTo(page)));
    }

    @Test
    void amazonIsNeverCrawledAndHidesOnlyOnTheApisWord() {
        check(ITX9600);
        assertThat(link(ITX9600, "amazon").getString("status")).isEqualTo("unknown");
        sites.verify(0, anyRequestedFor(urlPathMatching(".*/dp/.*")));

        String product = "aum-active-doorway-yoga-swing";
        retailerData.replace(List.of(FetchedOffer.unknown(product, "amazon", FetchedOffer.AMAZON_API,
                "ItemNotAccessible: The ItemId is not accessible through the Creators API.", Fixtures.NOW)));
        check(product);
        check(product);

        JsonPath gone = link(product, "amazon");
        assertThat(gone.getString("status")).isEqualTo("broken");
        assertThat(gone.getString("detail")).contains("ItemNotAccessible");
        given().get("/products/" + product).then().statusCode(404);
    }

    @Test
    void anotherReplicasRoundIsShownAtTheNextRefresh() {
        String product = "omni-gym-yoga-swing";
        io.inversionpicks.catalog.RetailerPrices.OfferKey key =
                new io.inversionpicks.catalog.RetailerPrices.OfferKey(product, "walmart");
        CheckResult notFound = new CheckResult(Verdict.NOT_FOUND, 404, "https://www.walmart.com/x", "HTTP 404",
                Fixtures.NOW);
        String url = "https://www.walmart.com/ip/Omni-Gym-Yoga-Swing/602937518";
        OfferState twice = OfferState.next(OfferState.next(null, url, notFound), url, notFound);
        // What the replica the clustered scheduler picked stores; this one has not looked yet.
        store.record(key, twice, 20);
        store.recordRun("other-replica/1", Fixtures.NOW, Fixtures.NOW, 1);
        assertThat(readerRetailers(product)).contains("walmart");

        links.refresh();

        assertThat(readerRetailers(product)).containsExactly("amazon");
    }

    @Test
    void theAdminListComesAsJsonCsvAndHtmlAndIsNeverStored() {
        sites.stubFor(any(urlPathEqualTo(ITX9600_PAGE)).willReturn(aResponse().withStatus(404)));
        check(ITX9600);

        admin().get("/admin/links").then().statusCode(200).header("Cache-Control", "no-store")
                .contentType("application/json").body("counts.failing", org.hamcrest.Matchers.equalTo(1));
        String csv = admin().get("/admin/links?format=csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("product,retailer,status,hidden");
        assertThat(csv).contains(ITX9600 + ",walmart,failing,false");
        String html = admin().accept("text/html").get("/admin/links").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("Cache-Control", "no-store").extract().asString();
        assertThat(html).contains("Link health", ITX9600, "failing").doesNotContain("<script");
        admin().get("/admin/links?status=broken").then().statusCode(200).body("offers", org.hamcrest.Matchers.empty());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(line -> line.startsWith("link_health_offers{")
                && line.contains("status=\"failing\"")).toList()).singleElement().asString().endsWith(" 1.0");

        given().get("/admin/links").then().statusCode(401).header("Cache-Control", "no-store");
        given().post("/admin/links/check").then().statusCode(401);
        admin().get("/admin/links?format=xml").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", org.hamcrest.Matchers.equalTo("format"));
        admin().post("/admin/links/check?product=innova-itx96").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].didYouMean", org.hamcrest.Matchers.equalTo(ITX9600));
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin");
    }

    private static JsonPath check(String product) {
        return admin().post("/admin/links/check?product=" + product).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath link(String product, String retailer) {
        JsonPath all = admin().get("/admin/links?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> found = all.getMap("offers.find { it.productId == '" + product + "' && it.retailer == '"
                + retailer + "' }");
        assertThat(found).as(product + " at " + retailer).isNotNull();
        try {
            return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(found));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The retailers a reader sees for a product, from the public API. */
    private static List<String> readerRetailers(String product) {
        return given().get("/products/" + product).then().statusCode(200).extract().jsonPath()
                .getList("product.offers.retailer", String.class);
    }

    private void awaitNotice(String event, String product) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                sites.findAll(postRequestedFor(urlPathEqualTo(RetailerSitesStandIn.WEBHOOK))).stream()
                        .map(LoggedRequest::getBodyAsString).toList())
                .anySatisfy(body -> assertThat(body).contains("\"event\":\"" + event + "\"",
                        "\"productId\":\"" + product + "\"", "\"retailer\":\"walmart\"")));
    }
}
