package io.inversionpicks.widget;

import io.inversionpicks.testing.NuHtmlChecker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTML page the service serves passes the W3C Nu HTML Checker with no error: the widget's iframe pages in
 * their variants, the builder, the widget's error pages, the HTML 404 of a tracked link, and the admin's link-health
 * list and click dashboard.
 */
@QuarkusTest
class ValidHtmlTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final NuHtmlChecker CHECKER = new NuHtmlChecker();

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "/widget/picks, 200",
            "/widget/picks?limit=3&theme=dark&experience=new&goals=back-pain-relief, 200",
            "/widget/picks?form=true, 200",
            "/widget/picks?conditions=glaucoma, 200",
            "/widget/compare?ids=teeter-fitspine-x3&ids=innova-itx9600, 200",
            "/widget/compare?ids=teeter-fitspine-x3&ids=innova-itx9600&ids=sutekus-gravity-boots&theme=light, 200",
            "/widget/compare?ids=teeter-fitspine-x3&ids=innova-itx9600&ids=retired-table, 200",
            "/widget, 200",
            "/widget/picks?limit=500, 400",
            "/widget/picks?colour=red, 400",
            "/widget/compare?ids=no-such-table&ids=no-such-chair, 404",
            "/go/no-such-table/amazon, 404",
            "/admin/clicks?format=html, 200",
            "/admin/links?format=html, 200",
    })
    void thePageHasNoHtmlError(String path, int status) {
        Response page = given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT)
                .auth().preemptive().basic("admin", "test-admin").get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(status);
        assertThat(page.contentType()).as(path).startsWith("text/html");

        assertThat(CHECKER.errors(path, page.asString())).as("Nu HTML Checker errors in " + path).isEmpty();
    }
}
