package io.inversionpicks.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing under /admin may be kept by a browser or a shared cache: catalogue internals, click reports and their
 * downloads, dashboards, errors and credential challenges are all {@code Cache-Control: no-store}, and none is
 * readable cross-origin.
 */
@QuarkusTest
class AdminNoStoreTest {

    /** method | path | status with the credentials | status without. */
    private static final String ROUTES = """
            GET     | /admin/catalog                   | 200 | 401
            HEAD    | /admin/catalog                   | 200 | 401
            PUT     | /admin/catalog                   | 405 | 401
            POST    | /admin/catalog/reload            | 200 | 401
            GET     | /admin/catalog/reload            | 405 | 401
            GET     | /admin/clicks                    | 200 | 401
            GET     | /admin/clicks?format=csv         | 200 | 401
            GET     | /admin/clicks?format=html        | 200 | 401
            GET     | /admin/clicks?from=yesterday     | 400 | 401
            GET     | /admin/clicks?fromm=2026-01-01   | 400 | 401
            GET     | /admin                           | 404 | 401
            GET     | /admin/no-such-page              | 404 | 401
            """;

    private static final String BLOG = "https://blog.example";

    @ParameterizedTest(name = "{0} {1} with credentials")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void withCredentials(String method, String path, int status, int ignored) {
        assertNotStored(given().auth().preemptive().basic("admin", "test-admin"), method, path, status);
    }

    @ParameterizedTest(name = "{0} {1} without credentials, or with a wrong password")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void withoutCredentials(String method, String path, int ignored, int status) {
        assertNotStored(given(), method, path, status);
        assertNotStored(given().auth().preemptive().basic("admin", "wrong"), method, path, status);
    }

    /** From a script on another site (a write is refused there, by the CORS filter): still nothing to keep or read. */
    @ParameterizedTest(name = "{0} {1} from another site")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void fromAnotherSite(String method, String path, int ignoredWith, int ignoredWithout) {
        Response response = given().auth().preemptive().basic("admin", "test-admin").urlEncodingEnabled(false)
                .header("Origin", BLOG).request(method, path);
        assertThat(response.header("Cache-Control")).as(method + " " + path).isEqualTo("no-store");
        assertNoCors(response, method + " " + path);
    }

    @ParameterizedTest(name = "preflight for {1}")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void preflights(String method, String path, int ignoredWith, int ignoredWithout) {
        Response response = given().urlEncodingEnabled(false).header("Origin", BLOG)
                .header("Access-Control-Request-Method", method).options(path);
        assertThat(response.header("Cache-Control")).as("OPTIONS " + path).isEqualTo("no-store");
        assertNoCors(response, "OPTIONS " + path);
    }

    private static void assertNotStored(RequestSpecification request, String method, String path, int status) {
        Response response = request.urlEncodingEnabled(false).request(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
        assertThat(response.header("Cache-Control")).as(method + " " + path).isEqualTo("no-store");
        assertNoCors(response, method + " " + path);
    }

    private static void assertNoCors(Response response, String request) {
        assertThat(response.headers().asList().stream()
                        .noneMatch(h -> h.getName().toLowerCase().startsWith("access-control-")))
                .as(request + " is not readable cross-origin: " + response.headers())
                .isTrue();
    }
}
