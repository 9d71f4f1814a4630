package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickEntity;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code POST /clicks/{productId}/{retailer}}: how a page reports a click on a direct (Amazon) link. Each test tags its
 * reports with a unique post URL and finds what was stored by it.
 */
@QuarkusTest
class ClickReportTest {

    static final String PATH = "/clicks/teeter-fitspine-x3/amazon";
    static final String AMAZON_PAGE = "https://www.amazon.com/dp/B07D5QXK4R?tag=inversionpicks-20";

    @Inject
    ClickProbe probe;

    @TestHTTPResource("/")
    java.net.URI service;

    private static String uniquePost() {
        return "https://blog.example.com/clicks/" + UUID.randomUUID();
    }

    private static String clickId() {
        return UUID.randomUUID().toString();
    }

    /**
     * A POST with no body and no Content-Type, as {@code fetch(url, {method: 'POST'})} sends it (REST Assured always
     * adds a Content-Type to a POST). {@code query} is already encoded.
     */
    private java.net.http.HttpResponse<String> bare(String path, String query, String... headers) {
        return send(path, query, null, headers);
    }

    /** A POST with exactly this body ({@code null}: none) and these headers. */
    private java.net.http.HttpResponse<String> send(String path, String query, String body, String... headers) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                    service.resolve(path.substring(1) + (query.isEmpty() ? "" : "?" + query)))
                    .POST(body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String q(String name, String value) {
        return name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestSpecification browser() {
        return given().redirects().follow(false).header("User-Agent", GoRedirectTest.BROWSER);
    }

    /** What Chromium sends for {@code <a ping>}: a "PING" body of type text/ping, with Ping-From and Ping-To. */
    private static RequestSpecification ping(String post, String click) {
        return browser().contentType("text/ping").body("PING").header("Ping-From", "https://blog.example.com/x")
                .header("Ping-To", AMAZON_PAGE).queryParam("placement", "widget").queryParam("post", post)
                .queryParam("click", click);
    }

    /** What navigator.sendBeacon(url, '') sends. */
    private static RequestSpecification beacon(String post, String click) {
        return browser().contentType("text/plain;charset=UTF-8").body("").queryParam("placement", "widget")
                .queryParam("post", post).queryParam("click", click);
    }

    @Test
    void aPingIsStoredWithItsChannelAndAnsweredWithNoStore() {
        String post = uniquePost();
        String click = clickId();

        ping(post, click).post(PATH).then().statusCode(204).header("Cache-Control", "no-store")
                .header("Location", nullValue());

        List<ClickEntity> stored = probe.byPost(post);
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.channel).isEqualTo("ping");
            assertThat(c.clickId).isEqualTo(click);
            assertThat(c.productId).isEqualTo("teeter-fitspine-x3");
            assertThat(c.retailer).isEqualTo("amazon");
            assertThat(c.placement).isEqualTo("widget");
            assertThat(c.bot).isFalse();
        });
    }

    @Test
    void aBeaconIsStoredAsABeacon() {
        String post = uniquePost();

        beacon(post, clickId()).post(PATH).then().statusCode(204).header("Cache-Control", "no-store");

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> assertThat(c.channel).isEqualTo("beacon"));
    }

    @Test
    void aPostWithoutBodyOrTypeIsABeaconWithTheRefererAsPost() {
        String post = uniquePost();

        var response = bare(PATH, "", "User-Agent", GoRedirectTest.BROWSER, "Referer", post + "?utm_source=x");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Location")).isEmpty();

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> {
            assertThat(c.channel).isEqualTo("beacon");
            assertThat(c.clickId).isNull();
            assertThat(c.placement).isEqualTo("unknown");
        });
    }

    @Test
    void withoutPostThePingFromPageIsThePost() {
        String post = uniquePost();

        browser().contentType("text/ping").body("PING").header("Ping-From", post).header("Ping-To", AMAZON_PAGE)
                .post(PATH).then().statusCode(204);

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> assertThat(c.channel).isEqualTo("ping"));
    }

    @Test
    void aPingThenItsBeaconCountOnce() {
        String post = uniquePost();
        String click = clickId();

        ping(post, click).post(PATH).then().statusCode(204);
        beacon(post, click).post(PATH).then().statusCode(204);

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> assertThat(c.channel).isEqualTo("ping"));
    }

    @Test
    void aBeaconThenItsPingCountOnce() {
        String post = uniquePost();
        String click = clickId();

        beacon(post, click).post(PATH).then().statusCode(204);
        ping(post, click).post(PATH).then().statusCode(204);

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> assertThat(c.channel).isEqualTo("beacon"));
    }

    @Test
    void twoClicksWithTheirOwnIdsCountTwice() {
        String post = uniquePost();

        ping(post, clickId()).post(PATH).then().statusCode(204);
        ping(post, clickId()).post(PATH).then().statusCode(204);

        assertThat(probe.byPost(post)).hasSize(2);
    }

    @Test
    void aBotIsFlaggedAndALinkPreviewNotCounted() {
        String post = uniquePost();
        assertThat(bare(PATH, q("post", post), "User-Agent", "curl/8.5.0").statusCode()).isEqualTo(204);
        assertThat(bare(PATH, q("post", post), "User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")
                .statusCode()).isEqualTo(204);

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> assertThat(c.bot).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "PATCH"})
    void onlyPostIsAllowed(String method) {
        long before = probe.count();

        Response response = browser().request(method, PATH);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Location")).isNull();
        assertThat(probe.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "text/html", "application/octet-stream"})
    void otherBodiesAreUnsupported(String type) {
        String post = uniquePost();

        var response = send(PATH, q("post", post), "x=1", "Content-Type", type, "User-Agent", GoRedirectTest.BROWSER);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(probe.byPost(post)).isEmpty();
    }

    @Test
    void aBodyOverOneKibibyteIsRefusedUnread() {
        String post = uniquePost();

        browser().contentType("text/plain").body("x".repeat(1025)).queryParam("post", post).post(PATH)
                .then().statusCode(413).contentType(containsString("application/problem+json"))
                .header("Cache-Control", "no-store").body("status", equalTo(413));
        browser().contentType("text/plain").body("x".repeat(1024)).queryParam("post", post).post(PATH)
                .then().statusCode(204);

        assertThat(probe.byPost(post)).hasSize(1);
    }

    /** A body of unknown length could be any size: refused before any of it is read. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(java.net.http.HttpClient.Version.class)
    void aBodyWithoutALengthIsRefused(java.net.http.HttpClient.Version version) throws Exception {
        String post = uniquePost();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        service.resolve(PATH.substring(1) + "?" + q("post", post)))
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("x".repeat(10).getBytes())))
                .build();

        var response = java.net.http.HttpClient.newBuilder().version(version)
                .build().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(request.bodyPublisher().orElseThrow().contentLength()).as("sent chunked").isNegative();
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.body()).contains("Content-Length");
        assertThat(probe.byPost(post)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"short", "has space in it", "semi;colon-123456", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aMalformedClickIdIsRefusedByName(String click) {
        String post = uniquePost();

        beacon(post, click).post(PATH).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].parameter", equalTo("click"));

        assertThat(probe.byPost(post)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/clicks/no-such-product/amazon", "/clicks/teeter-fitspine-x3/no-such-retailer",
            "/clicks/teeter-fitspine-x3/walmart", "/clicks/innova-itx9600/teeter"})
    void aPairThatIsNoDirectLinkIsNotFoundAndNothingIsStored(String path) {
        String post = uniquePost();

        beacon(post, clickId()).post(path).then().statusCode(404)
                .contentType(containsString("application/problem+json")).header("Location", nullValue())
                .header("Cache-Control", "no-store");

        assertThat(probe.byPost(post)).isEmpty();
    }

    @Test
    void aTrackedRetailersClicksAreCountedByGoNotHere() {
        String post = uniquePost();

        beacon(post, clickId()).post("/clicks/teeter-fitspine-x3/teeter").then().statusCode(404)
                .body("detail", containsString("/go/teeter-fitspine-x3/teeter"));

        assertThat(probe.byPost(post)).isEmpty();
    }

    @Test
    void aPingToAnotherSiteIsRefused() {
        String post = uniquePost();

        browser().contentType("text/ping").body("PING").header("Ping-To", "https://evil.example/dp/B07D5QXK4R")
                .queryParam("post", post).post(PATH).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("www.amazon.com"));

        assertThat(probe.byPost(post)).isEmpty();
    }

    @Test
    void anUnknownParameterIsRefused() {
        beacon(uniquePost(), clickId()).queryParam("url", "https://evil.example").post(PATH).then().statusCode(400)
                .body("errors[0].parameter", equalTo("url"));
    }

    /** A beacon from a blog is a simple cross-origin POST: no preflight, and nothing to read but a 204. */
    @Test
    void aCrossOriginReportNeedsNoPreflightAndGrantsNoCredentials() {
        String post = uniquePost();

        Response response = beacon(post, clickId()).header("Origin", "https://blog.example.com")
                .cookie("session", "secret").post(PATH);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(response.header("Access-Control-Allow-Methods")).isNull();
        assertThat(response.header("Set-Cookie")).isNull();
        assertThat(probe.byPost(post)).hasSize(1);
    }

    /** Only simple requests: a script can't get a preflight approved for a JSON (or any non-simple) POST. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content-type", "x-requested-with"})
    void noPreflightForPostIsApproved(String requestHeaders) {
        Response response = given().header("Origin", "https://blog.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", requestHeaders).options(PATH);

        String methods = response.header("Access-Control-Allow-Methods");
        assertThat(methods == null ? "" : methods).doesNotContain("POST");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNotEqualTo("true");
    }

    /** Links in posts published before Amazon links went direct keep working, and count as redirects. */
    @Test
    void anOldGoLinkToAmazonStillRedirectsAndCountsAsARedirect() {
        String post = uniquePost();

        browser().queryParam("placement", "widget").queryParam("post", post).get("/go/teeter-fitspine-x3/amazon")
                .then().statusCode(302).header("Location", equalTo(AMAZON_PAGE));

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> {
            assertThat(c.channel).isEqualTo("redirect");
            assertThat(c.clickId).isNull();
        });
    }

    @Test
    void theOpenApiContractDocumentsTheEndpointAndThePingField() {
        io.restassured.path.json.JsonPath api = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Object> placement = api.getMap(
                "paths.'/clicks/{productId}/{retailer}'.post.parameters.find { it.name == 'placement' }");
        assertThat(((java.util.Map<?, ?>) placement.get("schema")).get("enum")).isEqualTo(
                io.inversionpicks.catalog.Placement.slugs());
        assertThat(api.getMap("paths.'/clicks/{productId}/{retailer}'")).containsOnlyKeys("post");
        assertThat(api.getMap("paths.'/clicks/{productId}/{retailer}'.post.responses")).containsKey("204")
                .doesNotContainKey("302");
        assertThat(api.getString("components.schemas.DisclosedLink.properties.ping.description"))
                .contains("POST here").contains("<a ping>").contains("navigator.sendBeacon")
                .contains("click=<random id>");
        assertThat(api.getString("components.schemas.DisclosedLink.properties.href.description"))
                .contains("Amazon").contains("/go/");
    }
}
