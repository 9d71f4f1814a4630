package io.inversionpicks.widget;

import io.inversionpicks.testing.CachingProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A CDN that keys its copies by URL alone, warmed by a request without {@code Origin} (a crawler, a {@code <link>},
 * a health check), must still hand the widget on any blog a copy it may read.
 */
@QuarkusTest
class CorsThroughCachingProxyTest {

    @TestHTTPResource("/")
    URL service;

    private CachingProxy cdn;

    @BeforeEach
    void startCdn() throws Exception {
        cdn = CachingProxy.start(service.toURI());
    }

    @AfterEach
    void stopCdn() {
        cdn.close();
    }

    private RequestSpecification throughCdn() {
        return given().baseUri("http://127.0.0.1").port(cdn.port());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/products?beginner=true&size=3", "/products/teeter-fitspine-x3", "/categories",
            "/recommendations?experience=new&heightCm=180", "/compare?ids=teeter-fitspine-x3,innova-itx9600",
            "/widget/texts", "/widget.js", "/widget/assets/widget.css", "/schemas/product.schema.json"})
    void aCopyWarmedWithoutOriginServesTheWidgetOnAnyBlog(String path) {
        throughCdn().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .header("X-Cache", equalTo("MISS"));
        throughCdn().urlEncodingEnabled(false).header("Origin", "https://blog.example").get(path)
                .then().statusCode(200)
                .header("X-Cache", equalTo("HIT"))
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }
}
