package io.inversionpicks.widget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public response is readable cross-origin whether or not the request said where it came from. Browsers and
 * CDNs store one copy per URL and hand it to the widget's cross-origin fetches later, so a copy first stored for a
 * request without {@code Origin} (a {@code <link>}, a crawler, a CDN warm-up) must already carry
 * {@code Access-Control-Allow-Origin: *}: for answers, errors, 304s and HEAD alike.
 */
@QuarkusTest
class PublicCorsHeadersTest {

    private static final String BLOG = "https://blog.example";
    private static final String TWO = "teeter-fitspine-x3,innova-itx9600";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    /** method | path | status: every public route, with answers and errors. */
    private static final String ROUTES = """
            GET  | /products                                     | 200
            GET  | /products?beginner=true&size=2                | 200
            GET  | /products?beginner=maybe                      | 400
            GET  | /products?begginer=true                       | 400
            GET  | /products/teeter-fitspine-x3                  | 200
            GET  | /products/no-such-product                     | 404
            GET  | /categories                                   | 200
            GET  | /recommendations?experience=new&heightCm=180  | 200
            GET  | /recommendations?conditions=glaucoma          | 200
            GET  | /recommendations?heightCm=tall                | 400
            GET  | /compare?ids=teeter-fitspine-x3,innova-itx9600 | 200
            GET  | /compare?ids=teeter-fitspine-x3               | 400
            GET  | /compare?ids=teeter-fitspine-x3,no-such-product | 404
            GET  | /widget                                       | 200
            GET  | /widget/picks?beginner=true                   | 200
            GET  | /widget/picks?limit=50                        | 400
            GET  | /widget/compare?ids=teeter-fitspine-x3,innova-itx9600 | 200
            GET  | /widget/compare?ids=teeter-fitspine-x3        | 400
            GET  | /widget/texts                                 | 200
            GET  | /widget.js                                    | 200
            GET  | /widget/assets/widget.css                     | 200
            GET  | /widget/assets/frame.js                       | 200
            GET  | /widget/assets/no-such.css                    | 404
            GET  | /schemas/product.schema.json                  | 200
            GET  | /no-such-page                                 | 404
            HEAD | /products                                     | 200
            HEAD | /compare?ids=teeter-fitspine-x3,innova-itx9600 | 200
            HEAD | /widget/picks?beginner=true                   | 200
            HEAD | /widget.js                                    | 200
            HEAD | /widget/assets/widget.css                     | 200
            HEAD | /schemas/product.schema.json                  | 200
            POST | /products                                     | 405
            """;

    private static RequestSpecification request() {
        return given().urlEncodingEnabled(false).redirects().follow(false).accept(BROWSER_ACCEPT);
    }

    @ParameterizedTest(name = "{0} {1} without Origin")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void everyPublicResponseIsReadableFromAnyOriginWithoutAnOrigin(String method, String path, int status) {
        Response response = request().request(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
        assertReadableByAnySite(response);
    }

    @ParameterizedTest(name = "{0} {1}: the same CORS headers with and without Origin")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void aCachedCopyIsRightForEveryOrigin(String method, String path, int status) {
        Map<String, String> without = corsHeaders(request().request(method, path));
        Map<String, String> with = corsHeaders(request().header("Origin", BLOG).request(method, path));
        assertThat(with).as("a copy stored for either request must serve the other").isEqualTo(without);
    }

    @ParameterizedTest(name = "{0} revalidated")
    @ValueSource(strings = {"/products", "/products/teeter-fitspine-x3", "/categories",
            "/recommendations?experience=new&heightCm=180", "/compare?ids=" + TWO, "/widget/picks?beginner=true",
            "/widget/compare?ids=" + TWO, "/widget.js", "/widget/assets/widget.css", "/schemas/product.schema.json"})
    void notModifiedAnswersAreReadableFromAnyOriginToo(String path) {
        Response first = request().get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        RequestSpecification again = request();
        if (first.header("ETag") != null) {
            again.header("If-None-Match", first.header("ETag"));
        } else {
            again.header("If-Modified-Since", first.header("Last-Modified"));
        }
        Response revalidated = again.get(path);
        assertThat(revalidated.statusCode()).as(path + " revalidates").isEqualTo(304);
        assertReadableByAnySite(revalidated);
    }

    private static void assertReadableByAnySite(Response response) {
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        String exposed = response.header("Access-Control-Expose-Headers");
        assertThat(exposed).as("ETag is readable by the widget").isNotNull();
        assertThat(exposed.contains("ETag")).as(exposed).isTrue();
        assertThat("true".equals(response.header("Access-Control-Allow-Credentials"))).as("no credentials").isFalse();
        String vary = response.header("Vary");
        assertThat(vary != null && vary.toLowerCase().contains("origin"))
                .as("no Vary: Origin, so a CDN keeps one copy for every blog: " + vary)
                .isFalse();
    }

    private static Map<String, String> corsHeaders(Response response) {
        Map<String, String> cors = new TreeMap<>();
        response.headers().asList().stream().filter(h -> h.getName().toLowerCase().startsWith("access-control-"))
                .forEach(h -> cors.merge(h.getName().toLowerCase(), h.getValue(), (a, b) -> a + ", " + b));
        return cors;
    }
}
