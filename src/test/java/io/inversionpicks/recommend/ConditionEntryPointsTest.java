package io.inversionpicks.recommend;

import io.inversionpicks.catalog.view.HealthSources;
import io.inversionpicks.catalog.view.ProductCaution;
import io.inversionpicks.catalog.view.SafetyGuidance;
import io.inversionpicks.testing.DisclosureAudit;
import io.inversionpicks.testing.Markup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, table-driven over every condition and every entry point a reader reaches: the API
 * ({@code GET /recommendations}), the iframe page ({@code /widget/picks}) and the data widget.js asks for (the same
 * {@code /recommendations}, as the script sends it from a blog: with an Origin, a limit and the attribute's spelling).
 * A contraindication gives no retailer link anywhere; a precaution gives products, each with its caution; every
 * condition comes with at least one https source, in the answer and in the lists of conditions.
 */
@QuarkusTest
class ConditionEntryPointsTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String ASK_FIRST = "Ask your doctor first, as you told us about ";
    private static final Pattern CARD = Pattern.compile("<li class=\"ip-card\">");

    @ParameterizedTest
    @EnumSource(Condition.class)
    void theApiAnswersEveryConditionByItsKind(Condition condition) {
        String body = given().queryParam("conditions", condition.slug()).get("/recommendations").then()
                .statusCode(200).extract().asString();
        assertByKind(condition, body);
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void theScriptWidgetsDataAnswersEveryConditionByItsKind(Condition condition) {
        // widget.js turns condition="..." into conditions=..., adds limit=3 and sends no cookies, from the blog.
        String body = given().header("Origin", "https://blog.example").queryParam("conditions", condition.label())
                .queryParam("limit", "3").get("/recommendations").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().asString();
        assertByKind(condition, body);
        if (!condition.rulesOut()) {
            assertThat(JsonPath.from(body).getList("items")).hasSizeBetween(1, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void theIframePageAnswersEveryConditionByItsKind(Condition condition) {
        String page = given().accept(BROWSER_ACCEPT).queryParam("conditions", condition.slug())
                .get("/widget/picks?form=true").then().statusCode(200).extract().asString();
        assertThat(page).contains("value=\"" + condition.slug() + "\" checked");
        if (condition.rulesOut()) {
            assertThat(page).contains("class=\"ip-advisory\"").contains("talk to your doctor");
            assertThat(Markup.hasClass(page, "ip-card") || Markup.hasClass(page, "ip-cta")).as(page).isFalse();
            assertThat(page).doesNotContain("sponsored").doesNotContain("/go/").doesNotContain("amazon.com");
            condition.sources().forEach(source -> assertThat(page).contains("href=\"" + source.url() + "\""));
        } else {
            assertThat(page).contains("class=\"ip-precautions\"").doesNotContain("class=\"ip-advisory\"");
            long cards = CARD.matcher(page).results().count();
            assertThat(cards).as(page).isPositive();
            assertThat(Pattern.compile(Pattern.quote(ASK_FIRST)).matcher(page).results().count())
                    .as("one caution per card").isEqualTo(cards);
            assertThat(Markup.hasClass(page, "ip-cta")).as(page).isTrue();
        }
    }

    private static void assertByKind(Condition condition, String body) {
        JsonPath json = JsonPath.from(body);
        if (condition.rulesOut()) {
            assertThat(json.getList("advisory.conditions")).isEqualTo(List.of(condition.slug()));
            assertThat(json.getList("advisory.unrecognised")).isEmpty();
            assertThat(json.getList("items")).isEmpty();
            assertThat(json.getList("excluded")).isEmpty();
            assertThat(body).doesNotContain("\"href\"").doesNotContain("\"product\"");
            assertThat(DisclosureAudit.assertAllLinksDisclosed(body, null)).isZero();
            assertSources(json.getList("advisory.details[0].sources"));
            assertThat(json.getString("advisory.details[0].kind")).isEqualTo("contraindication");
        } else {
            assertThat(json.getString("advisory")).isNull();
            assertThat(json.getList("profile.conditions")).isEqualTo(List.of(condition.slug()));
            assertThat(json.getString("precautions[0].slug")).isEqualTo(condition.slug());
            assertThat(json.getString("precautions[0].kind")).isEqualTo("precaution");
            assertSources(json.getList("precautions[0].sources"));
            List<List<String>> cautions = json.getList("items.cautions");
            assertThat(cautions).isNotEmpty();
            assertThat(cautions).allSatisfy(card -> assertThat(card)
                    .contains(ASK_FIRST + condition.label() + ": " + condition.why()));
            assertThat(DisclosureAudit.assertAllLinksDisclosed(body, null)).isPositive();
        }
        assertSources(json.getList("safety.evidenceSources"));
    }

    private static void assertSources(List<Map<String, Object>> sources) {
        assertThat(sources).isNotEmpty().allSatisfy(source -> {
            assertThat((String) source.get("url")).startsWith("https://");
            assertThat((String) source.get("title")).isNotBlank();
            assertThat((String) source.get("publisher")).isNotBlank();
        });
    }

    @Test
    void everyConditionIsListedWithItsKindAndSourcesWhereverConditionsAreListed() {
        JsonPath all = given().get("/conditions").then().statusCode(200).extract().jsonPath();
        JsonPath texts = given().get("/widget/texts").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("conditions.slug")).hasSize(Condition.values().length);
        List<String> grouped = texts.getList("profile.conditionGroups.conditions.flatten().value");
        assertThat(grouped).containsExactlyInAnyOrderElementsOf(all.getList("conditions.slug"));
        for (Condition condition : Condition.values()) {
            String at = "conditions.find { it.slug == '" + condition.slug() + "' }";
            assertThat(all.getString(at + ".kind")).isEqualTo(condition.kind().slug());
            assertThat(all.getString(at + ".rationale")).isNotBlank();
            assertSources(all.getList(at + ".sources"));
            assertSources(texts.getList("profile.conditionGroups.conditions.flatten().find { it.value == '"
                    + condition.slug() + "' }.detail.sources"));
        }
        assertThat(texts.getString("profile.otherCondition.value")).isEqualTo("a condition not listed here");
        assertThat(texts.getString("safety.evidence")).isEqualTo(SafetyGuidance.EVIDENCE);
    }

    @Test
    void theOtherConditionChoiceGivesTheAdvisory() {
        given().queryParam("conditions", "a condition not listed here").get("/recommendations").then()
                .statusCode(200)
                .body("advisory.title", org.hamcrest.Matchers.equalTo("Please talk to your doctor first"))
                .body("items", org.hamcrest.Matchers.empty());
        String page = given().accept(BROWSER_ACCEPT).queryParam("conditions", "a condition not listed here")
                .get("/widget/picks?form=true").then().statusCode(200).extract().asString();
        assertThat(Markup.hasClass(page, "ip-card")).as(page).isFalse();
        assertThat(page).contains("class=\"ip-advisory\"")
                .contains("value=\"a condition not listed here\" checked> Another condition not listed here");
    }

    @Test
    void aContraindicationWinsOverAPrecautionInEveryEntryPoint() {
        given().get("/recommendations?conditions=pregnancy,glaucoma").then().statusCode(200)
                .body("advisory.conditions", org.hamcrest.Matchers.contains("glaucoma"))
                .body("precautions.slug", org.hamcrest.Matchers.contains("pregnancy"))
                .body("items", org.hamcrest.Matchers.empty());
        String page = given().accept(BROWSER_ACCEPT).get("/widget/picks?conditions=pregnancy,glaucoma").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("class=\"ip-advisory\"");
        assertThat(Markup.hasClass(page, "ip-card")).as(page).isFalse();
    }

    @Test
    void gravityBootsAndHangingEquipmentCarryTheirOwnCautions() {
        JsonPath json = given().get("/recommendations?experience=experienced&has=pull-up-bar,door-mount,ceiling-mount"
                + "&limit=20").then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("items.find { it.product.category == 'gravity-boots' }.cautions", String.class))
                .contains(ProductCaution.GRAVITY_BOOTS.text());
        json.getList("items", Map.class).forEach(item -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> product = (Map<String, Object>) item.get("product");
            @SuppressWarnings("unchecked")
            List<String> requires = (List<String>) product.get("requires");
            @SuppressWarnings("unchecked")
            List<String> cautions = (List<String>) item.get("cautions");
            if (requires.contains("door-mount")) {
                assertThat(cautions).contains(ProductCaution.DOOR_FRAME.text());
            }
            if (requires.contains("ceiling-mount")) {
                assertThat(cautions).contains(ProductCaution.CEILING_ANCHOR.text());
            }
            if ("inversion-table".equals(product.get("category"))) {
                assertThat(cautions).doesNotContain(ProductCaution.GRAVITY_BOOTS.text());
            }
        });
        // So does the plain product list, which the script widget shows as it is: every product carries its own.
        JsonPath products = given().get("/products?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(products.getList("items.findAll { it.category == 'gravity-boots' }.cautions", List.class))
                .isNotEmpty().allSatisfy(cautions -> assertThat(cautions).contains(ProductCaution.GRAVITY_BOOTS.text()));
        assertThat(products.getList("items.findAll { it.category == 'inversion-table' }.cautions", List.class))
                .isNotEmpty().allSatisfy(cautions -> assertThat(cautions).isEmpty());
        // The iframe's plain product list (no reader profile) shows them too.
        assertThat(given().accept(BROWSER_ACCEPT).get("/widget/picks?category=gravity-boots").then().statusCode(200)
                .extract().asString()).contains("Gravity boots hang your whole weight from your ankles");
    }

    @Test
    void everyCitedSourceHasAnHttpsUrl() {
        assertThat(HealthSources.ALL).allSatisfy(source -> assertThat(source.url()).startsWith("https://"));
    }
}
