package io.inversionpicks.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /products, /products/{id} and /categories over the shipped catalogue. {@link ProductsIT} runs these same tests
 * against the packaged jar (prod profile, real clock), so they are HTTP checks only: no injection, no test-only
 * catalogue, and nothing that depends on the fixed clock, such as which prices are shown (see ProductPricesTest).
 */
@QuarkusTest
class ProductResourceTest {

    private static JsonPath products(String query) {
        return given().get("/products?" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void beginnerFilterReturnsOnlyBeginnerFriendlyProductsWithDisclosedLinks() {
        JsonPath page = products("beginner=true&size=100");
        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> assertThat(item.get("beginnerFriendly")).isEqualTo(true));
        assertThat(page.getList("items.offers.flatten().link.rel", String.class))
                .isNotEmpty().containsOnly("sponsored nofollow noopener");
        assertThat(page.getList("items.offers.flatten().link.disclosure", String.class))
                .allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(page.getInt("total")).isEqualTo(items.size());
        assertThat(page.getString("disclosure.text")).contains("Inversion Picks");
    }

    @Test
    void everyFilterNarrowsTheResultsAsItSays() {
        assertThat(products("beginner=false&size=100").getList("items.beginnerFriendly", Boolean.class))
                .isNotEmpty().containsOnly(false);
        assertThat(products("category=gravity-boots&size=100").getList("items.category", String.class))
                .hasSizeGreaterThanOrEqualTo(2).containsOnly("gravity-boots");
        assertThat(products("lumbarSupport=true&size=100").getList("items.lumbarSupport", Boolean.class))
                .isNotEmpty().containsOnly(true);
        assertThat(products("foldable=false&size=100").getList("items.foldable", Boolean.class))
                .isNotEmpty().containsOnly(false);
        assertThat(products("brand=teeter&size=100").getList("items.brand", String.class))
                .isNotEmpty().containsOnly("Teeter");
        assertThat(products("weightKg=150&size=100").getList("items.maxUserWeightKg", Double.class))
                .isNotEmpty().allSatisfy(max -> assertThat(max).isGreaterThanOrEqualTo(150));
        JsonPath tall = products("heightCm=200&size=100");
        assertThat(tall.getList("items.userHeightCm.max", Double.class)).isNotEmpty()
                .allSatisfy(max -> assertThat(max).isGreaterThanOrEqualTo(200));
        assertThat(products("q=fitspine&size=100").getList("items.id", String.class))
                .contains("teeter-fitspine-x3").allSatisfy(id -> assertThat(id).contains("fitspine"));
    }

    @Test
    void imperialUnitsAreConvertedLikeMetricOnes() {
        assertThat(products("heightIn=70&weightLb=200&size=100").getList("items.id"))
                .isEqualTo(products("heightCm=177.8&weightKg=90.72&size=100").getList("items.id"));
    }

    @Test
    void filtersCombineWithAnd() {
        List<Map<String, Object>> items = products("beginner=true&lumbarSupport=true&category=inversion-table&size=100")
                .getList("items");
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("beginnerFriendly")).isEqualTo(true);
            assertThat(item.get("lumbarSupport")).isEqualTo(true);
            assertThat(item.get("category")).isEqualTo("inversion-table");
        });
    }

    @Test
    void nameSortAndDefaultOrder() {
        assertThat(products("sort=name&size=100").getList("items.name", String.class))
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(products("size=20").getList("items.category", String.class))
                .as("default order groups by category in catalogue order")
                .startsWith("inversion-table");
    }

    @Test
    void pagesPartitionTheResults() {
        JsonPath first = products("size=5&page=1");
        JsonPath third = products("size=5&page=3");
        int total = first.getInt("total");
        assertThat(first.getList("items")).hasSize(5);
        assertThat(first.getInt("totalPages")).isEqualTo((total + 4) / 5);
        assertThat(third.getList("items")).hasSize(total - 10);
        assertThat(products("size=5&page=99").getList("items")).isEmpty();
        assertThat(products("size=100").getList("items")).hasSize(total);
    }

    @Test
    void oneProductById() {
        given().get("/products/teeter-fitspine-x3").then().statusCode(200)
                .body("product.name", equalTo("Teeter FitSpine X3 Inversion Table"))
                .body("product.lumbarSupport", equalTo(true))
                .body("disclosure.statements[0]", equalTo("As an Amazon Associate I earn from qualifying purchases."));
    }

    @Test
    void unknownProductIs404ProblemJson() {
        given().get("/products/teeter-x9").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", startsWith("No product with id 'teeter-x9'"));
    }

    @Test
    void badInputIs400ProblemJson() {
        given().get("/products?beginner=maybe").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.parameter", hasItem("beginner"))
                .body("errors.message", hasItem(containsString("must be true or false")));
    }

    @Test
    void categoriesCountTheirActiveProducts() {
        JsonPath categories = given().get("/categories").then().statusCode(200).extract().jsonPath();
        assertThat(categories.getList("items.id", String.class))
                .containsExactly("inversion-table", "gravity-boots", "inversion-chair", "yoga-trapeze");
        for (String id : categories.getList("items.id", String.class)) {
            int count = categories.getInt("items.find { it.id == '" + id + "' }.productCount");
            assertThat(count).isEqualTo(products("category=" + id + "&size=100").getInt("total"));
        }
    }

    @Test
    void matchingEtagGives304AndADifferentQueryADifferentEtag() {
        String etag = given().get("/products?beginner=true").then().statusCode(200)
                .header("Cache-Control", startsWith("public")).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/products?beginner=true").then().statusCode(304);
        given().header("If-None-Match", etag).get("/products?beginner=false").then().statusCode(200);
        given().header("If-None-Match", etag).get("/products?beginner=true&size=20").then().statusCode(304);
    }

    @Test
    void readyOnceTheCatalogueIsPublished() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("UP"));
    }
}
