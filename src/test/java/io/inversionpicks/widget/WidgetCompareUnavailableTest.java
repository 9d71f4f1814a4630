package io.inversionpicks.widget;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A comparison embedded in a post outlives the products in it: one is retired, or its file is removed. The iframe
 * then shows what is left, saying what is gone, and only when nothing is left an HTML error page; never problem JSON,
 * which a browser would show as raw text inside the blog post. The JSON API keeps answering problem details.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class WidgetCompareUnavailableTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    /** What Chromium sends when it loads an iframe. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private static final String RETIRED = "innova-itx9600";
    private static final String RETIRED_NAME = "Innova ITX9600 Heavy Duty Inversion Table";
    private static final String TEETER = "Teeter FitSpine X3 Inversion Table";
    private static final String IRONMAN = "Ironman Gravity 4000 Highest Weight Capacity Inversion Table";

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void retireOneProduct() {
        LiveCatalogueProfile.resetAndReload(catalogue);
        FOLDER.edit("products/" + RETIRED + ".yaml", yaml -> yaml.replaceFirst("(?m)^name:", "status: retired\nname:"));
        catalogue.reload();
        given().get("/products/" + RETIRED).then().statusCode(404);
    }

    @AfterEach
    void unedited() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private static ValidatableResponse inIframe(String ids) {
        return given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT).get("/widget/compare?ids=" + ids).then()
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' https:"))
                .body(not(containsString("\"type\"")));
    }

    @Test
    void aRetiredProductIsLeftOutAndNamed() {
        inIframe("teeter-fitspine-x3," + RETIRED + ",ironman-gravity-4000").statusCode(200)
                .body(containsString("<th scope=\"col\">" + TEETER + "</th>"))
                .body(containsString("<th scope=\"col\">" + IRONMAN + "</th>"))
                .body(not(containsString("<th scope=\"col\">" + RETIRED_NAME)))
                .body(containsString(RETIRED_NAME + " is no longer available."));
    }

    @Test
    void anUnknownIdIsLeftOutAndNamedEvenIfOnlyOneProductRemains() {
        inIframe("teeter-fitspine-x3,teeter-fitspine-x4").statusCode(200)
                .body(containsString("<th scope=\"col\">" + TEETER + "</th>"))
                .body(containsString("“teeter-fitspine-x4” is no longer available."))
                .body(containsString("Buy at "));
    }

    @Test
    void whenNothingRemainsTheIframeShowsTheErrorPage() {
        inIframe(RETIRED + ",teeter-fitspine-x4").statusCode(404)
                .header("X-Frame-Options", nullValue())
                .body(containsString("This widget could not be shown"))
                .body(containsString("<strong>ids</strong>: product &#39;" + RETIRED + "&#39; is no longer available"))
                .body(containsString("<strong>ids</strong>: no product with id &#39;teeter-fitspine-x4&#39;; "
                        + "did you mean &#39;teeter-fitspine-x3&#39;?"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"*/*", "application/problem+json, */*;q=0.5"})
    void apiClientsOfTheIframePageGetProblemDetailsWhenNothingRemains(String accept) {
        given().accept(accept).get("/widget/compare?ids=" + RETIRED + ",teeter-fitspine-x4").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].parameter", equalTo("ids"));
    }

    @Test
    void theJsonApiStillRefusesAComparisonWithAnUnavailableProduct() {
        given().accept(BROWSER_ACCEPT).get("/compare?ids=teeter-fitspine-x3," + RETIRED + ",ironman-gravity-4000")
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].parameter", equalTo("ids"))
                .body("errors[0].message", equalTo("product '" + RETIRED + "' is no longer available"));
    }
}
