package io.inversionpicks.recommend;

import io.inversionpicks.testing.DisclosureAudit;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** {@code GET /recommendations} over the shipped catalogue, at the fixed test instant. */
@QuarkusTest
class RecommendResourceTest {

    private static final String DONE_WHEN = "/recommendations?experience=new&goals=back-pain-relief&heightCm=178"
            + "&weightKg=90";

    @Test
    void aNewcomerWithBackPainGetsRankedExplainedPicksExclusionsAndSafety() {
        JsonPath json = given().get(DONE_WHEN).then().statusCode(200)
                .body("advisory", nullValue())
                .body("profile.experience", equalTo("new"))
                .body("profile.goals", contains("back-pain-relief"))
                .body("profile.heightCm", equalTo(178.0f))
                .body("profile.weightKg", equalTo(90.0f))
                .body("items", hasSize(5))
                .body("items.rank", contains(1, 2, 3, 4, 5))
                .body("items.reasons", everyItem(hasItem("Suited to beginners")))
                .body("items.reasons.flatten()", hasItem(containsString("Fits your height (178 cm; supports ")))
                .body("items.reasons.flatten()", hasItem("Lumbar support for lower-back relief"))
                .body("items.product.offers.flatten().link.href", everyItem(notNullValue()))
                .body("excluded.find { it.id == 'sutekus-gravity-boots' }.reasons",
                        hasItem("Needs a sturdy pull-up bar, which you don't have"))
                .body("excluded.find { it.id == 'sutekus-gravity-boots' }.name", equalTo("Gravity Boots by Sutekus"))
                .body("safety.title", equalTo("Use inversion safely"))
                .body("safety.guidance", hasSize(4))
                .body("safety.guidance[0]", containsString("20-30 degrees"))
                .body("safety.doctor", containsString("doctor"))
                .body("disclosure.statements", hasItem(DisclosureAudit.AMAZON_STATEMENT))
                .extract().jsonPath();
        List<Float> scores = json.getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i - 1) >= scores.get(i)).as("scores descend: " + scores).isTrue();
        }
        List<String> shownAndExcluded = new java.util.ArrayList<>(json.getList("items.product.id", String.class));
        assertThat(json.getList("excluded.id", String.class).stream().anyMatch(shownAndExcluded::contains))
                .as("a product is either a pick or excluded")
                .isFalse();
    }

    @Test
    void theSameRequestWithGlaucomaGetsAnAdvisoryAndNoProductAtAll() {
        String body = given().get(DONE_WHEN + "&conditions=glaucoma").then().statusCode(200)
                .body("advisory.conditions", contains("glaucoma"))
                .body("advisory.title", equalTo("Inversion is not recommended for you"))
                .body("advisory.message", containsString("talk to your doctor"))
                .body("items", empty())
                .body("excluded", empty())
                .body("safety.guidance", hasSize(4))
                .body("disclosure.statements", empty())
                .extract().asString();
        assertThat(body.contains("href")).as(body).isFalse();
        // Since issue 17 the answer cites its sources: the only URLs in it are theirs, never a shop's.
        assertThat(urlsIn(body)).as("no URL but the health sources': " + body)
                .isNotEmpty()
                .allSatisfy(url -> assertThat(io.inversionpicks.catalog.view.HealthSources.ALL.stream()
                        .map(io.inversionpicks.catalog.view.HealthSource::url)).contains(url));
    }

    static List<String> urlsIn(String body) {
        return java.util.regex.Pattern.compile("https?://[^\"\\s]+").matcher(body).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    /** Was over every condition; precautions get products since issue 17 (see ConditionEntryPointsTest). */
    static Stream<Condition> contraindications() {
        return Arrays.stream(Condition.values()).filter(Condition::rulesOut);
    }

    @ParameterizedTest
    @MethodSource("contraindications")
    void everyContraindicationReturnsZeroLinks(Condition condition) {
        String body = given().queryParam("conditions", condition.slug()).get(DONE_WHEN).then().statusCode(200)
                .body("advisory.conditions", contains(condition.slug()))
                .body("items", empty())
                .body("excluded", empty())
                .extract().asString();
        assertThat(body.contains("href")).as(body).isFalse();
        assertThat(body.contains("\"product\"")).as(body).isFalse();
        assertThat(DisclosureAudit.assertAllLinksDisclosed(body, null)).isEqualTo(0);
    }

    @Test
    void everyLinkIsDisclosed() {
        String body = given().get(DONE_WHEN).then().statusCode(200).extract().asString();
        assertThat(DisclosureAudit.assertAllLinksDisclosed(body, null) >= 5).isTrue();
    }

    @Test
    void aNewcomerNeverGetsGravityBootsAsTheFirstPick() {
        given().get("/recommendations?experience=new&goals=core-strength&has=pull-up-bar&limit=20").then()
                .statusCode(200)
                .body("items[0].product.category", not(equalTo("gravity-boots")))
                .body("items.find { it.product.category == 'gravity-boots' }.cautions",
                        hasItem("Recommended for experienced users"));
    }

    @Test
    void limitCutsThePicks() {
        given().get(DONE_WHEN + "&limit=2").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void theFiltersOfProductsNarrowWhatIsRanked() {
        List<String> chairs = given().get("/products?category=inversion-chair").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        JsonPath json = given().get(DONE_WHEN + "&category=inversion-chair&limit=20").then().statusCode(200)
                .extract().jsonPath();
        List<String> ranked = json.getList("items.product.id");
        assertThat(ranked.isEmpty()).isFalse();
        // Every chair is ranked or excluded with its reasons; no other product is mentioned at all.
        Set<String> mentioned = new HashSet<>(ranked);
        mentioned.addAll(json.getList("excluded.id"));
        assertThat(mentioned).isEqualTo(Set.copyOf(chairs));
        assertThat(given().get(DONE_WHEN + "&category=inversion-chair&limit=20").then().extract().header("ETag"))
                .isNotEqualTo(given().get(DONE_WHEN + "&limit=20").then().extract().header("ETag"));
    }

    @Test
    void imperialUnitsAreConvertedAndEchoedInMetric() {
        given().get("/recommendations?heightIn=70&weightLb=200").then().statusCode(200)
                .body("profile.heightCm", equalTo(177.8f))
                .body("profile.weightKg", equalTo(90.7f));
    }

    @Test
    void twoSpellingsOfTheSameQuestionShareOneAnswer() {
        String a = given().get("/recommendations?goals=posture,flexibility&has=door-mount").then().statusCode(200)
                .extract().header("ETag");
        String b = given().get("/recommendations?has=door-mount&goals=flexibility&goals=posture").then()
                .statusCode(200).extract().header("ETag");
        assertThat(b).isEqualTo(a);
        assertThat(given().get("/recommendations?goals=posture").then().extract().header("ETag")).isNotEqualTo(a);
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() {
        String etag = given().get(DONE_WHEN).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(DONE_WHEN).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(DONE_WHEN).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            goals=flexibilty                     | goals      | flexibility
            goals=back-pain-relief,strength      | goals      | core-strength
            experience=expert                    | experience | experienced
            has=ladder                           | has        | door-mount
            space=tiny                           | space      | small
            heightCm=500                         | heightCm   | ''
            heightCm=-170                        | heightCm   | ''
            heightIn=200                         | heightIn   | ''
            weightKg=-5                          | weightKg   | ''
            weightLb=5000                        | weightLb   | ''
            weightKg=heavy                       | weightKg   | ''
            heightCm=178&heightIn=70             | heightCm   | ''
            maxPrice=-1                          | maxPrice   | ''
            limit=0                              | limit      | ''
            limit=1000                           | limit      | ''
            category=inversion-chairs            | category   | inversion-chair
            beginner=maybe                       | beginner   | true
            """)
    void badInputIsA400NamingTheParameterAndTheValidValues(String query, String parameter, String oneValidValue) {
        ExtractableResponse<Response> response = given().get("/recommendations?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.parameter", hasItem(parameter))
                .extract();
        Map<String, Object> error = response.jsonPath().getMap("errors.find { it.parameter == '" + parameter + "' }");
        if (!oneValidValue.isEmpty()) {
            assertThat(((List<?>) error.get("allowed")).contains(oneValidValue)).as(error.toString()).isTrue();
        } else {
            assertThat(error.get("message").toString().matches(".*(between|not both|number).*"))
                    .as(error.toString())
                    .isTrue();
        }
    }

    @Test
    void anUnknownParameterIsA400WithTheClosestName() {
        given().get("/recommendations?goal=posture").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("goal"))
                .body("errors[0].didYouMean", equalTo("goals"))
                .body("errors[0].allowed", hasItem("weightLb"));
    }

    @Test
    void theOpenApiContractDocumentsEveryParameter() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/recommendations'.get.parameters.name", org.hamcrest.Matchers.containsInAnyOrder(
                        "experience", "goals", "maxPrice", "space", "heightCm", "heightIn", "weightKg", "weightLb",
                        "has", "conditions", "limit",
                        "beginner", "category", "lumbarSupport", "foldable", "brand", "minPrice", "q"))
                // Any text: an unknown condition is answered with the advisory too, not refused.
                .body("paths.'/recommendations'.get.parameters.find { it.name == 'conditions' }.schema.items.type",
                        equalTo("string"))
                .body("paths.'/recommendations'.get.parameters.find { it.name == 'conditions' }.description",
                        containsString("Condition schema"))
                .body("components.schemas.Condition.enum", org.hamcrest.Matchers.containsInAnyOrder(
                        java.util.Arrays.stream(Condition.values()).map(Condition::slug).toArray()))
                // The sources travel with every answer that names a condition, and the contract says so.
                .body("components.schemas.Recommendations.properties.precautions.items.'$ref'",
                        containsString("ConditionDetail"))
                .body("components.schemas.Advisory.properties.details.items.'$ref'", containsString("ConditionDetail"))
                .body("components.schemas.ConditionDetail.properties.sources.items.'$ref'",
                        containsString("HealthSource"))
                .body("components.schemas.HealthSource.properties.keySet()",
                        org.hamcrest.Matchers.hasItems("title", "publisher", "year", "url"))
                .body("components.schemas.SafetyGuidance.properties.evidenceSources.items.'$ref'",
                        containsString("HealthSource"))
                .body("paths.'/conditions'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        containsString("Conditions"))
                .body("paths.'/compare'.get.parameters.name", contains("ids"));
    }
}
