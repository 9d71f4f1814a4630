package io.inversionpicks.compare;

import io.inversionpicks.catalog.view.SafetyGuidance;
import io.inversionpicks.testing.DisclosureAudit;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** {@code GET /compare} over the shipped catalogue, at the fixed test instant. */
@QuarkusTest
class CompareResourceTest {

    private static final String TWO = "/compare?ids=teeter-fitspine-x3,innova-itx9600";

    @Test
    void twoTablesSideBySideWithDifferencesAndBestValuesMarked() {
        given().get(TWO).then().statusCode(200)
                .body("products.id", contains("teeter-fitspine-x3", "innova-itx9600"))
                .body("rows.find { it.key == 'price' }.label", equalTo("Price"))
                .body("rows.find { it.key == 'price' }.unit", equalTo("USD"))
                .body("rows.find { it.key == 'price' }.values", contains(549.0f, 124.97f))
                .body("rows.find { it.key == 'price' }.display", contains("$549.00 at Teeter, as of 15 Nov 2026, 09:30 UTC",
                        "$124.97 at Walmart, as of 20 Nov 2026, 08:00 UTC"))
                .body("rows.find { it.key == 'price' }.differs", equalTo(true))
                .body("rows.find { it.key == 'price' }.best", contains(1))
                .body("rows.find { it.key == 'maxUserWeightKg' }.differs", equalTo(false))
                .body("rows.find { it.key == 'maxUserWeightKg' }.best", empty())
                .body("rows.find { it.key == 'maxUserWeightKg' }.display", contains("136 kg (300 lb)",
                        "136 kg (300 lb)"))
                .body("rows.find { it.key == 'userHeightCm' }.display", contains("142-198 cm", "147-198 cm"))
                .body("rows.find { it.key == 'userHeightCm' }.best", contains(0))
                .body("rows.find { it.key == 'lumbarSupport' }.display", contains("Yes", "No"))
                .body("rows.find { it.key == 'lumbarSupport' }.best", empty())
                .body("rows.find { it.key == 'category' }.differs", equalTo(false))
                .body("rows.find { it.key == 'category' }.display", contains("Inversion Tables", "Inversion Tables"))
                .body("rows.label", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())))
                .body("safety.title", equalTo(SafetyGuidance.STANDARD.title()))
                .body("safety.guidance", equalTo(SafetyGuidance.STANDARD.guidance()))
                .body("disclosure.statements", hasItem(DisclosureAudit.AMAZON_STATEMENT));
    }

    @Test
    void aPriceTooOldToShowIsNullWithANoteAndIsNeverMarkedBest() {
        given().get("/compare?ids=innova-itx9600,sutekus-gravity-boots,aum-active-aerial-yoga-hammock").then()
                .statusCode(200)
                .body("products.id", contains("innova-itx9600", "sutekus-gravity-boots",
                        "aum-active-aerial-yoga-hammock"))
                .body("rows.find { it.key == 'price' }.values", contains(124.97f, null, null))
                .body("rows.find { it.key == 'price' }.display[1]", containsString("See the price at"))
                .body("rows.find { it.key == 'price' }.best", empty())
                .body("rows.find { it.key == 'maxUserWeightKg' }.best", contains(2))
                .body("rows.find { it.key == 'userHeightCm' }.best", contains(1))
                .body("rows.find { it.key == 'maxInversionAngleDeg' }.display", contains("180 degrees",
                        "Not applicable", "Not applicable"))
                .body("rows.find { it.key == 'requires' }.display", contains("Nothing else", "A sturdy pull-up bar",
                        "A ceiling mount rated for body weight"))
                .body("rows.find { it.key == 'category' }.differs", equalTo(true));
    }

    @Test
    void fourProductsGivenAsRepeatedIdsMarkTheCheapest() {
        given().get("/compare?ids=teeter-ep-560&ids=innova-itx9600&ids=teeter-hang-ups-ez-up-gravity-boots"
                + "&ids=stamina-inline-inversion-chair").then().statusCode(200)
                .body("products", hasSize(4))
                .body("rows.values", everyItem(hasSize(4)))
                .body("rows.display", everyItem(hasSize(4)))
                // The inversion chair is sold only at Amazon, whose prices come only from its API: no price, never "best".
                .body("rows.find { it.key == 'price' }.values", contains(399.0f, 124.97f, 99.0f, null))
                .body("rows.find { it.key == 'price' }.display[3]", equalTo("See the price at Amazon"))
                .body("rows.find { it.key == 'price' }.best", contains(2))
                .body("rows.find { it.key == 'maxUserWeightKg' }.best", contains(0, 1, 2))
                .body("rows.find { it.key == 'userHeightCm' }.best", contains(2));
    }

    @Test
    void everyLinkIsDisclosed() {
        String body = given().get(TWO).then().statusCode(200).extract().asString();
        assertThat(DisclosureAudit.assertAllLinksDisclosed(body, null) >= 3).isTrue();
    }

    @Test
    void anUnchangedComparisonIsNotSentAgain() {
        String etag = given().get(TWO).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(TWO).then().statusCode(304);
        String reversed = given().get("/compare?ids=innova-itx9600,teeter-fitspine-x3").then().statusCode(200)
                .body("products.id", contains("innova-itx9600", "teeter-fitspine-x3")).extract().header("ETag");
        assertThat(!etag.equals(reversed)).as("columns follow the order asked for").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ids=teeter-fitspine-x3                                   | got 1
            ''                                                       | got 0
            ids=teeter-fitspine-x3,innova-itx9600,teeter-ep-560,yes4all-aerial-yoga-hammock,sutekus-gravity-boots | got 5
            ids=teeter-fitspine-x3,innova-itx9600,teeter-fitspine-x3 | teeter-fitspine-x3' is listed more than once
            """)
    void oneIdTooManyIdsOrADuplicateIsA400(String query, String message) {
        given().get(query.isEmpty() ? "/compare" : "/compare?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("ids"))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void anUnknownIdIsA404NamingIt() {
        given().get("/compare?ids=teeter-fitspine-x3,teeter-fitspine-x4,no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("'teeter-fitspine-x4'"))
                .body("detail", containsString("'no-such-thing'"))
                .body("errors.parameter", everyItem(equalTo("ids")))
                .body("errors[0].didYouMean", equalTo("teeter-fitspine-x3"))
                .body("errors[1].didYouMean", nullValue());
    }
}
