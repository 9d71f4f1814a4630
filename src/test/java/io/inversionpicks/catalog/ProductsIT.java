package io.inversionpicks.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application (prod profile, H2 in file mode) serves the shipped catalogue. */
@QuarkusIntegrationTest
class ProductsIT {

    @Test
    void packagedJarServesBeginnerProductsWithDisclosedLinks() {
        var page = given().get("/products?beginner=true").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.beginnerFriendly", Boolean.class)).isNotEmpty().containsOnly(true);
        List<String> rels = page.getList("items.offers.flatten().link.rel", String.class);
        assertThat(rels).isNotEmpty().allSatisfy(rel -> assertThat(rel).isEqualTo("sponsored nofollow noopener"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
