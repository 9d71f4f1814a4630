package io.inversionpicks.recommend;

import io.inversionpicks.testing.PostgresRunDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

/**
 * The contract at /q/openapi promises the limits the validation enforces. Run with limits other than the shipped
 * ones, so a constant in an annotation that merely happens to equal the configuration can't pass.
 */
@QuarkusTest
@TestProfile(RecommendLimitContractTest.OtherLimits.class)
class RecommendLimitContractTest {

    private static final int MAX = 5;
    private static final int DEFAULT = 4;
    private static final int MAX_EXCLUDED = 2;
    private static final String LIMIT = "paths.'/recommendations'.get.parameters.find { it.name == 'limit' }.schema";

    public static class OtherLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(PostgresRunDatabase.ownDatabase("recommend_limits"));
            overrides.put("recommend.max-limit", String.valueOf(MAX));
            overrides.put("recommend.default-limit", String.valueOf(DEFAULT));
            overrides.put("recommend.max-excluded", String.valueOf(MAX_EXCLUDED));
            return overrides;
        }
    }

    @Test
    void theDocumentedMaximumIsTheConfiguredOneThatTheValidationEnforces() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(LIMIT + ".maximum", equalTo(MAX))
                .body(LIMIT + ".minimum", equalTo(1));
        given().get("/recommendations?limit=" + MAX).then().statusCode(200).body("items", hasSize(MAX));
        given().get("/recommendations?limit=" + (MAX + 1)).then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"))
                .body("errors[0].message", containsString("between 1 and " + MAX));
    }

    @Test
    void theDocumentedDefaultIsTheConfiguredOne() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(LIMIT + ".default", equalTo(DEFAULT));
        given().get("/recommendations").then().statusCode(200).body("items", hasSize(DEFAULT));
    }

    @Test
    void theExcludedListIsCutToTheConfiguredLengthAndCountsTheRest() {
        // A newcomer profile excludes every product for experienced users: more than two in the shipped catalogue.
        given().get("/recommendations?experience=new&heightCm=178&weightKg=90").then().statusCode(200)
                .body("excluded", hasSize(MAX_EXCLUDED))
                .body("excludedCount", greaterThan(MAX_EXCLUDED));
    }
}
