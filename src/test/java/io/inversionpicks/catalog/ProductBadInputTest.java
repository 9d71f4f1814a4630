package io.inversionpicks.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every bad input gets a 400 problem+json naming the parameter and what is valid; never a 500. */
@QuarkusTest
class ProductBadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            beginner=maybe                | beginner      | must be true or false
            maxPrice=-5                   | maxPrice      | must be between 0 and
            minPrice=300&maxPrice=100     | minPrice      | is above maxPrice
            category=tables               | category      | allowed: inversion-table, gravity-boots, inversion-chair, yoga-trapeze
            category=gravity-boot         | category      | did you mean 'gravity-boots'?
            sort=cheapest                 | sort          | allowed: default, price-asc, price-desc, name, max-weight-desc
            size=100000                   | size          | must be between 1 and 100
            size=abc                      | size          | whole number
            page=0                        | page          | must be between 1 and
            begginer=true                 | begginer      | did you mean 'beginner'?
            weightKg=-80                  | weightKg      | must be between 20 and 300
            heightCm=500                  | heightCm      | must be between 100
            heightIn=300                  | heightIn      | must be between
            heightCm=180&heightIn=70      | heightCm      | not both
            maxPrice=cheap                | maxPrice      | must be a number
            lumbarSupport=yes             | lumbarSupport | must be true or false
            """)
    void badInputIs400ProblemJsonNamingTheParameter(String query, String parameter, String message) {
        given().get("/products?" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.parameter", hasItem(parameter))
                .body("errors.message", hasItem(containsString(message)))
                .body("detail", containsString(parameter));
    }

    @ParameterizedTest
    @CsvSource({"/products/%3Cscript%3E", "/products/..%2F..%2Fetc", "/nothing-here"})
    void unknownPathsAre404ProblemJson(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType("application/problem+json");
    }
}
