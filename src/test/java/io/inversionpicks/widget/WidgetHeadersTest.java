package io.inversionpicks.widget;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WidgetHeadersTest {

    private static final String BLOG = "https://blog.example";

    @Test
    void iframePagesAreFramableByTheAllowListAndRunNoInlineScript() {
        for (String page : new String[] {"/widget/picks?beginner=true",
                "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600"}) {
            given().when().get(page).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("X-Frame-Options", nullValue())
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'self' https: http://localhost:*"));
        }
    }

    @Test
    void everyOtherResponseIsNotFramable() {
        for (String path : new String[] {"/products", "/widget.js", "/widget/texts", "/no-such-page"}) {
            given().when().get(path).then()
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void builderPageIsNotFramableButMayFrameTheWidget() {
        given().when().get("/widget").then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("frame-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"));
    }

    @Test
    void publicReadApiIsReadableFromAnyOrigin() {
        given().header("Origin", BLOG).when().get("/products?beginner=true").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", BLOG).header("Access-Control-Request-Method", "GET")
                .when().options("/products").then()
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void otherSitesMayNotWriteCrossOrigin() {
        given().header("Origin", BLOG).header("Access-Control-Request-Method", "POST")
                .when().options("/products").then()
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
    }

    @Test
    void adminIsNeverReadableCrossOrigin() {
        given().header("Origin", BLOG).when().get("/admin/catalogue").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", BLOG).header("Access-Control-Request-Method", "GET")
                .when().options("/admin/catalogue").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
