package io.inversionpicks.click;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.store.ClickEntity;
import io.inversionpicks.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GoRedirectTest {

    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";

    @Inject
    ClickProbe probe;

    static List<ShippedOffers.Target> targets() {
        return ShippedOffers.targets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyOfferRedirectsToItsCatalogueUrlWithTheAffiliateTag(ShippedOffers.Target target) {
        String post = "https://blog.example.com/redirect-test/" + UUID.randomUUID();
        given().redirects().follow(false).header("User-Agent", BROWSER).queryParam("post", post)
                .when().get("/go/{p}/{r}", target.productId(), target.retailer())
                .then().statusCode(302)
                .header("Location", target.expectedLocation())
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow");
        List<ClickEntity> stored = probe.byPost(post);
        assertThat(stored.size()).as("the click is stored before the redirect is answered").isEqualTo(1);
        ClickEntity click = stored.get(0);
        assertThat(click.productId).isEqualTo(target.productId());
        assertThat(click.retailer).isEqualTo(target.retailer());
        assertThat(click.clickedAt).isEqualTo(Fixtures.NOW);
        assertThat(click.day).isEqualTo(LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC));
        assertThat(click.placement).isEqualTo("unknown");
        assertThat(click.bot).isFalse();
        assertThat(click.catalogueVersion.length()).as("the live catalogue version's label").isEqualTo(12);
    }

    @Test
    void theShippedCatalogueIsCoveredCompletely() {
        List<ShippedOffers.Target> all = ShippedOffers.targets();
        assertThat(all.stream().map(ShippedOffers.Target::productId).distinct().count()).isEqualTo(11);
        assertThat(all.stream().map(ShippedOffers.Target::retailer).distinct().sorted().toList())
                .isEqualTo(List.of("amazon", "dicks-sporting-goods", "teeter", "walmart", "yogabody"));
    }

    @ParameterizedTest(name = "placement={0} is stored as {1}")
    @CsvSource({"widget, widget", "compare, compare", "api, api", "recommendations, recommendations",
            "WIDGET, widget", "sidebar, unknown", "'', unknown", "'<script>', unknown"})
    void placementIsRecordedAndAnUnknownOneStillRedirects(String given, String stored) {
        String post = "https://blog.example.com/placement/" + UUID.randomUUID();
        given().redirects().follow(false).header("User-Agent", BROWSER)
                .queryParam("placement", given).queryParam("post", post)
                .when().get("/go/teeter-fitspine-x3/amazon")
                .then().statusCode(302).header("Location", containsString("amazon.com"));
        assertThat(probe.byPost(post).get(0).placement).isEqualTo(stored);
        assertThat(stored).isEqualTo(Placement.fromSlug(given).slug());
    }

    @ParameterizedTest(name = "post={0}, Referer={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "https://Blog.Example.com/best-tables?utm_source=x#top, null, https://blog.example.com/best-tables",
            "null, https://blog.example.com/from-referer?session=secret, https://blog.example.com/from-referer",
            "https://blog.example.com/explicit, https://other.example.com/referer, https://blog.example.com/explicit",
            "not a url, https://blog.example.com/fallback, https://blog.example.com/fallback",
            "javascript:alert(1), null, null",
            "null, null, null"})
    void sourcePostIsTheParameterOrElseTheRefererWithoutQueryOrFragment(String post, String referer,
                                                                       String expected) {
        long withoutPost = probe.countWithoutPost();
        var request = given().redirects().follow(false).header("User-Agent", BROWSER)
                .queryParam("placement", "compare");
        if (post != null) {
            request.queryParam("post", post);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        request.when().get("/go/teeter-ep-560/teeter").then().statusCode(302);
        if (expected == null) {
            assertThat(probe.countWithoutPost()).as("counted, without a source post").isEqualTo(withoutPost + 1);
        } else {
            assertThat(probe.byPost(expected).stream().anyMatch(c -> c.productId.equals("teeter-ep-560")))
                    .as("stored post " + expected)
                    .isTrue();
        }
    }

    @Test
    void unknownProductGetsProblemJsonForApiClients() {
        given().accept("application/json").redirects().follow(false)
                .when().get("/go/teeter-x9/amazon")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Location", nullValue())
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow")
                .body("status", equalTo(404))
                .body("detail", containsString("teeter-x9"))
                .body("instance", equalTo("/go/teeter-x9/amazon"));
    }

    @Test
    void unknownRetailerForAKnownProductIsNotFoundAndNamesTheOffers() {
        given().redirects().follow(false)
                .when().get("/go/teeter-fitspine-x3/walmart")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("amazon, teeter"));
    }

    @Test
    void browsersGetASmallHtmlPageForAnUnknownProduct() {
        Response response = given().redirects().follow(false)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/go/teeter-x9/amazon");
        response.then().statusCode(404).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex, nofollow")
                .body(containsString("This link is out of date"))
                .body(containsString("Inversion Picks"));
    }

    @Test
    void theHtmlPageEscapesWhatTheRequestSaid() {
        given().redirects().follow(false).accept("text/html").urlEncodingEnabled(false)
                .when().get("/go/%3Cscript%3Ealert(1)%3C%2Fscript%3E/amazon")
                .then().statusCode(404)
                .body(not(containsString("<script>")));
    }

    @Test
    void headIsRedirectedButNotCounted() {
        String post = "https://blog.example.com/head/" + UUID.randomUUID();
        given().redirects().follow(false).header("User-Agent", BROWSER).queryParam("post", post)
                .when().head("/go/ironman-gravity-4000/amazon")
                .then().statusCode(302)
                .header("Location", containsString("https://www.amazon.com/"))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow");
        assertThat(probe.byPost(post).isEmpty()).isTrue();
    }

    @Test
    void headOfAnUnknownProductIsNotFound() {
        given().redirects().follow(false).when().head("/go/teeter-x9/amazon").then().statusCode(404)
                .header("Cache-Control", "no-store");
    }

    @Test
    void undeclaredParametersAreRefusedWithoutRedirecting() {
        given().redirects().follow(false).queryParam("url", "https://evil.example")
                .when().get("/go/teeter-fitspine-x3/amazon")
                .then().statusCode(400).contentType("application/problem+json")
                .header("Location", nullValue())
                .header("Cache-Control", "no-store")
                .body("errors[0].parameter", equalTo("url"));
    }

    @Test
    void noRawIpIsStored() {
        String post = "https://blog.example.com/ip/" + UUID.randomUUID();
        given().redirects().follow(false).header("User-Agent", BROWSER).header("X-Forwarded-For", "203.0.113.7")
                .queryParam("post", post).when().get("/go/teeter-fitspine-x3/amazon").then().statusCode(302);
        assertThat(probe.byPost(post).size()).isEqualTo(1);
        assertThat(probe.countContaining("203.0.113.7")).isEqualTo(0);
        assertThat(probe.columns())
                .as("no column for an address or a user agent")
                .isEqualTo(List.of("BOT", "CATALOGUE_VERSION", "CHANNEL", "CLICKED_AT", "CLICK_DAY", "CLICK_ID", "ID",
                "PLACEMENT", "PRODUCT_ID", "RETAILER", "SOURCE_POST"));
    }
}
