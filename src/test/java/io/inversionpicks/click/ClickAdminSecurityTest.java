package io.inversionpicks.click;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalToIgnoringCase;

/** /admin answers 401 to anything but the configured credentials, and says nothing about why. */
@QuarkusTest
class ClickAdminSecurityTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/clicks", "/admin/clicks?format=csv", "/admin/clicks?format=html", "/admin"})
    void withoutCredentials(String path) {
        assertUnauthorisedAndSilent(given().urlEncodingEnabled(false).when().get(path));
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @CsvSource(delimiter = '|', value = {
            "admin:wrong-password",
            "someone:test-admin",
            "someone:wrong-password",
            "admin:",
            ":test-admin",
            "ADMIN:test-admin",
            "admin:TEST-ADMIN"})
    void withWrongCredentials(String userAndPassword) {
        String header = "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
        assertUnauthorisedAndSilent(given().header("Authorization", header).when().get("/admin/clicks"));
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Basic not-base64!", "Basic ", "Bearer abc.def.ghi", "Digest username=\"admin\""})
    void withMalformedCredentials(String header) {
        assertUnauthorisedAndSilent(given().header("Authorization", header).when().get("/admin/clicks"));
    }

    @Test
    void withTheConfiguredCredentials() {
        given().auth().preemptive().basic("admin", "test-admin").when().get("/admin/clicks")
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void theRedirectItselfNeedsNoCredentials() {
        given().redirects().follow(false).when().get("/go/teeter-fitspine-x3/amazon").then().statusCode(302);
    }

    @Test
    void theContractSaysStatisticsNeedBasicAuthentication() {
        var openApi = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> security = openApi.getList("paths.'/admin/clicks'.get.security");
        assertThat(security.size()).isEqualTo(1);
        String scheme = security.get(0).keySet().iterator().next();
        assertThat(openApi.getString("components.securitySchemes." + scheme + ".scheme")).isEqualTo("basic");
    }

    static void assertUnauthorisedAndSilent(Response response) {
        response.then().statusCode(401).header("WWW-Authenticate", equalToIgnoringCase("basic"));
        String body = response.asString();
        assertThat(body).as("a 401 reveals nothing, not even which half of the credentials was wrong").isEqualTo("");
    }
}
