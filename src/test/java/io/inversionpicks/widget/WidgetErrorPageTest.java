package io.inversionpicks.widget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A bad option in an iframe URL shows the blogger, inside the iframe, which option to fix and what is valid; API
 * clients still get problem details.
 */
@QuarkusTest
class WidgetErrorPageTest {

    /** What Chromium sends when it loads an iframe. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private static ValidatableResponse inIframe(String path) {
        return given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT).get(path).then().statusCode(400)
                .contentType(containsString("text/html"))
                // The widget pages' own policy: framable by the allow-list, no inline script, and no inline style
                // but the widget's own stylesheet, allowed by its hash.
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' https:"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self' " + WidgetStylesheet.cspHash()))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", nullValue())
                .body(containsString("This widget could not be shown"))
                .body(onlyTheWidgetsOwnStyleElement())
                .body(not(containsString("style=")));
    }

    private static Matcher<String> onlyTheWidgetsOwnStyleElement() {
        String own = "<style>" + WidgetStylesheet.css() + "</style>";
        return new CustomTypeSafeMatcher<>("the widget's stylesheet as its only <style> element") {
            @Override
            protected boolean matchesSafely(String page) {
                return page.contains(own) && !page.replace(own, "").contains("<style");
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /widget/picks?begginer=true                  | begginer | did you mean &#39;beginner&#39;?
            /widget/picks?limit=50                       | limit    | must be between 1 and 12, not 50
            /widget/picks?beginner=maybe                 | beginner | must be true or false
            /widget/picks?theme=sepia                    | theme    | allowed: auto, light, dark
            /widget/picks?category=tables                | category | allowed: inversion-table
            /widget/compare?ids=teeter-fitspine-x3,innova-itx9600&theme=sepia | theme | allowed: auto, light, dark
            """)
    void namesTheOptionAndWhatIsValid(String path, String option, String valid) {
        inIframe(path).body(allOf(containsString("<strong>" + option + "</strong>"), containsString(valid)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/widget/picks?beginer=true", "/widget/compare?idz=a,b"})
    void anUnknownOptionListsTheValidOnes(String path) {
        inIframe(path).body(containsString("Valid options: "))
                .body(containsString(path.startsWith("/widget/picks") ? "beginner, brand, category" : "ids"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/widget/picks?theme=%3Cscript%3Ealert(1)%3C/script%3E",
            "/widget/picks?%3Cimg%20src=x%20onerror=alert(1)%3E=1"})
    void whatTheUrlSaysIsShownAsTextNeverAsMarkup(String path) {
        inIframe(path).body(not(containsString("<script>alert")))
                .body(not(containsString("<img")))
                .body(containsString("&lt;"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"*/*", "application/problem+json, */*;q=0.5", "application/json, text/html;q=0.5"})
    void apiClientsStillGetProblemDetails(String accept) {
        given().accept(accept).get("/widget/picks?limit=50").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].parameter", equalTo("limit"));
    }
}
