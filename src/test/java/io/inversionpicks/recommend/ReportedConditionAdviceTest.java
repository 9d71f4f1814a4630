package io.inversionpicks.recommend;

import io.inversionpicks.testing.DisclosureAudit;
import io.inversionpicks.testing.Markup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * However a reader reports a health condition that rules inversion out or that the service does not know, and whatever
 * else the request holds, the answer is the advice to see a doctor and no product: in the API and in the widget's
 * iframe page alike. (Pregnancy, the unknown condition of these tests before issue 17, is now a precaution; asthma
 * took its place.)
 */
@QuarkusTest
class ReportedConditionAdviceTest {

    /** What Chromium sends when it loads an iframe. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "image/avif,image/webp,image/apng,*/*;q=0.8";

    /** Queries as sent on the wire, the known conditions they name, and the unknown ones as echoed back. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            conditions=glaucoma                              | glaucoma            | -
            conditions=GLAUCOMA                              | glaucoma            | -
            conditions=%20Glaucoma%20                        | glaucoma            | -
            conditions=%EF%BD%87%EF%BD%8C%EF%BD%81%EF%BD%95%EF%BD%83%EF%BD%8F%EF%BD%8D%EF%BD%81 | glaucoma | -
            condition=glaucoma                               | glaucoma            | -
            Conditions=glaucoma                              | glaucoma            | -
            CONDITION=Glaucoma                               | glaucoma            | -
            conditions%5B%5D=glaucoma&conditions%5B%5D=hernia | glaucoma hernia    | -
            condition%5B%5D=glaucoma                         | glaucoma            | -
            conditions%5B0%5D=glaucoma&conditions%5B1%5D=hernia | glaucoma hernia  | -
            conditions=glaucoma;hernia                       | glaucoma hernia     | -
            conditions=glaucoma%3B%20hernia                  | glaucoma hernia     | -
            conditions=inner-ear,glaucoma;hernia&condition=osteoporosis | glaucoma hernia osteoporosis inner-ear | -
            conditions=high_blood_pressure                   | high-blood-pressure | -
            conditions=HIGH_BLOOD_PRESSURE                   | high-blood-pressure | -
            conditions=High%20Blood%20Pressure               | high-blood-pressure | -
            conditions=high+blood+pressure                   | high-blood-pressure | -
            conditions=hypertension                          | high-blood-pressure | -
            conditions=a%20hernia                            | hernia              | -
            conditions=Inner%20ear                           | inner-ear           | -
            conditions=an%20inner-ear%20problem              | inner-ear           | -
            conditions=recent%E2%80%93fracture               | recent-fracture     | -
            conditions=heart%20condition                     | heart-disease       | -
            conditions=detached%20retina                     | eye-condition       | -
            conditions=asthma                             | -                   | asthma
            conditions=Heart%20%20Attack                     | -                   | heart attack
            conditions=Asthma;GLAUCOMA                    | glaucoma            | asthma
            condition=asthma&condition=ASTHMA          | -                   | asthma
            conditions=glaucoma&heightCm=500                 | glaucoma            | -
            conditions=glaucoma&goals=nope&experience=expert | glaucoma            | -
            conditions=asthma&weightKg=heavy&limit=0      | -                   | asthma
            conditions=glaucoma&category=nope&beginner=maybe | glaucoma            | -
            conditions=glaucoma&begginer=true                | glaucoma            | -
            condition=asthma&goal=posture                 | -                   | asthma
            """)
    void everyWayOfReportingAConditionGetsTheAdviceAndNoRetailerLink(String query, String known, String unknown) {
        List<String> recognised = words(known);
        List<String> unrecognised = unknown == null ? List.of() : List.of(unknown);

        String body = given().urlEncodingEnabled(false).get("/recommendations?" + query).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("advisory.conditions", equalTo(recognised))
                .body("advisory.unrecognised", equalTo(unrecognised))
                .body("advisory.message", containsString("talk to your doctor"))
                .body("profile.conditions", equalTo(recognised))
                .body("profile.unrecognisedConditions", equalTo(unrecognised))
                .body("items", empty())
                .body("excluded", empty())
                .body("disclosure.statements", empty())
                .extract().asString();
        assertThat(body.contains("href")).as(body).isFalse();
        assertThat(DisclosureAudit.assertAllLinksDisclosed(body, null)).isEqualTo(0);

        String page = given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT).get("/widget/picks?form=true&" + query)
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(page.contains("class=\"ip-advisory\"") && page.contains("talk to your doctor")).as(page).isTrue();
        // Links to the sources of the health advice are allowed (and expected); retailer links are not.
        assertThat(page.contains("sponsored") || page.contains("/go/") || Markup.hasClass(page, "ip-card")
                || Markup.hasClass(page, "ip-cta")).as(page).isFalse();
        // The form shows each reported condition ticked, so sending it again keeps them unless the reader unticks.
        for (String condition : recognised) {
            assertThat(page.contains("value=\"" + condition + "\" checked"))
                    .as(condition + " ticked in " + page)
                    .isTrue();
        }
        for (String condition : unrecognised) {
            assertThat(page.contains("value=\"" + condition + "\" checked> " + condition))
                    .as(condition + " in " + page)
                    .isTrue();
        }
    }

    /** A precaution alone still gets products, so the request is checked like any other: a typo is named. */
    @Test
    void aPrecautionAloneDoesNotHideAMisspeltParameter() {
        given().get("/recommendations?conditions=pregnancy&begginer=true").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("begginer"))
                .body("errors[0].didYouMean", equalTo("beginner"));
        String page = given().accept(BROWSER_ACCEPT).get("/widget/picks?conditions=pregnancy&begginer=true").then()
                .statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("begginer", "beginner");
    }

    @Test
    void anUnknownConditionIsNamedAndTheReaderSentToADoctor() {
        JsonPath json = given().get("/recommendations?experience=new&conditions=asthma").then().statusCode(200)
                .body("advisory.title", equalTo("Please talk to your doctor first"))
                .body("advisory.message", equalTo("We can't assess whether inversion is safe with \"asthma\". "
                        + "Please talk to your doctor before trying any inversion equipment."))
                .body("advisory.conditions", empty())
                .body("profile.experience", equalTo("new"))
                .extract().jsonPath();
        assertThat(json.getList("advisory.unrecognised")).isEqualTo(List.of("asthma"));

        given().get("/recommendations?conditions=asthma,glaucoma").then().statusCode(200)
                .body("advisory.title", equalTo("Inversion is not recommended for you"))
                .body("advisory.message", equalTo("Inversion is not recommended with glaucoma (being upside down "
                        + "raises the pressure inside the eyes). We can't assess whether inversion is safe with "
                        + "\"asthma\". Please talk to your doctor before trying any inversion equipment."));
    }

    @Test
    void anUnknownConditionInTheIframeShowsTheAdviceNamingIt() {
        given().accept(BROWSER_ACCEPT).get("/widget/picks?conditions=Asthma").then().statusCode(200)
                .body(containsString("<h3 id=\"ip-advisory-title\">Please talk to your doctor first</h3>"))
                .body(containsString("We can&#39;t assess whether inversion is safe with &quot;asthma&quot;."))
                .body(containsString("class=\"ip-safety\""));
    }

    @Test
    void whatTheReaderWroteIsEscapedAndCutShortWhenRepeatedBack() {
        String script = "<script>alert(1)</script>";
        given().accept(BROWSER_ACCEPT).queryParam("conditions", script).get("/widget/picks?form=true").then()
                .statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(org.hamcrest.Matchers.not(containsString(script)));
        String essay = "x".repeat(500);
        List<String> echoed = given().queryParam("conditions", essay).get("/recommendations").then().statusCode(200)
                .extract().jsonPath().getList("advisory.unrecognised");
        assertThat(echoed).isEqualTo(List.of("x".repeat(ReportedConditions.MAX_ECHOED_LENGTH - 1) + "…"));
    }

    @Test
    void everySpellingOfAConditionSharesOneCachedAnswer() {
        String etag = given().get("/recommendations?conditions=glaucoma").then().statusCode(200).extract()
                .header("ETag");
        for (String other : List.of("conditions=GLAUCOMA", "condition=glaucoma", "conditions%5B%5D=Glaucoma")) {
            assertThat(given().urlEncodingEnabled(false).get("/recommendations?" + other).then()
                    .statusCode(200).extract().header("ETag"))
                    .as(other)
                    .isEqualTo(etag);
        }
    }

    @Test
    void aTrailingSlashChangesNothing() {
        given().get("/recommendations/?condition=Glaucoma").then().statusCode(200)
                .body("advisory.conditions", equalTo(List.of("glaucoma")));
        given().accept(BROWSER_ACCEPT).get("/widget/picks/?condition=Glaucoma").then().statusCode(200)
                .body(containsString("class=\"ip-advisory\""));
    }

    @Test
    void withoutAConditionAMistakeIsStillA400() {
        given().get("/recommendations?goal=posture").then().statusCode(400)
                .body("errors[0].parameter", equalTo("goal"))
                .body("errors[0].didYouMean", equalTo("goals"));
        given().get("/recommendations?conditions=&heightCm=500").then().statusCode(400)
                .body("errors[0].parameter", equalTo("heightCm"));
        given().get("/recommendations?conditions=-,&begginer=true").then().statusCode(400)
                .body("errors[0].didYouMean", equalTo("beginner"));
        given().urlEncodingEnabled(false).accept(BROWSER_ACCEPT).get("/widget/picks?conditions=%20&theme=sepia").then()
                .statusCode(400);
    }

    @Test
    void theContractPromisesTheAdvisoryForAnyCondition() {
        String examples = "paths.'/recommendations'.get.responses.'200'.content.'application/json'.examples";
        given().get("/q/openapi?format=json").then().statusCode(200)
                // Read as JSON objects, so each example is valid JSON.
                .body(examples + ".'advisory for an unknown condition'.value.advisory.unrecognised",
                        equalTo(List.of("asthma")))
                .body(examples + ".advisory.value.profile.unrecognisedConditions", empty())
                .body("paths.'/recommendations'.get.responses.'400'.description",
                        containsString("Never when a contraindication or an unknown condition is reported"))
                .body("components.schemas.Advisory.properties.unrecognised.type", equalTo("array"))
                .body("paths.'/widget/picks'.get.parameters.find { it.name == 'conditions' }.description",
                        containsString("semicolons"));
    }

    private static List<String> words(String spaced) {
        return spaced == null ? List.of() : Arrays.asList(spaced.split(" "));
    }
}
