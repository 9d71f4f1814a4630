package io.inversionpicks.widget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The iframe pages are served like the JSON API: the same bytes and ETag for the same request within a catalogue
 * version, 304 for a reader who has them, publicly cacheable, and varying on the Referer that click attribution
 * depends on, so a cache in front never hands one blog's attribution to another.
 */
@QuarkusTest
class WidgetPageCachingTest {

    private static RequestSpecification browser() {
        return given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    private static ExtractableResponse<Response> load(String page, String referer) {
        return browser().header("Referer", referer).get(page).then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Vary", containsString("Referer"))
                .header("Content-Type", startsWith("text/html")).extract();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/widget/picks?beginner=true&limit=2",
            "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600"})
    void sameRequestSameBytesAndA304ForTheirETag(String page) {
        ExtractableResponse<Response> first = load(page, "https://blog-a.example/");
        ExtractableResponse<Response> again = load(page, "https://blog-a.example/");

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        browser().header("Referer", "https://blog-a.example/").header("If-None-Match", first.header("ETag"))
                .get(page).then().statusCode(304).body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/widget/picks?beginner=true&limit=2",
            "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600"})
    void anotherBlogGetsItsOwnAttribution(String page) {
        ExtractableResponse<Response> blogA = load(page, "https://blog-a.example/");
        ExtractableResponse<Response> blogB = load(page, "https://blog-b.example/");

        assertThat(blogB.header("ETag")).isNotEqualTo(blogA.header("ETag"));
        assertThat(blogA.asString().contains("blog-a.example")).isTrue();
        assertThat(blogB.asString().contains("blog-a.example")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/widget/picks?limit=99", "/widget/compare?ids=innova-itx9600&theme=neon"})
    void aBadOptionIsStillA400AndNotCached(String page) {
        browser().get(page).then().statusCode(400);
        browser().get(page).then().statusCode(400);
    }
}
