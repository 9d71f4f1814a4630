package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The files of the report through the running service: a 20 MiB line, or a line over the limit, is rejected at
 * once by its limit, the last good version keeps serving, and the fix goes live with the next reload.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class ReloadLimitsTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final String FIXED_SUMMARY = "A sturdy table whose summary was broken once and then fixed again.";

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin");
    }

    private static String servingLabel() {
        return given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200).extract().path("catalogVersion");
    }

    @Test
    void aTwentyMebibyteLineIsRejectedByTheFileSizeLimitAndTheFixGoesLive() {
        String before = servingLabel();
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));

        admin().post("/admin/catalog/reload").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].file", equalTo(TEST_PRODUCT))
                .body("errors[0].line", nullValue())
                .body("errors[0].message", containsString("the file is 20.0 MiB, larger than the limit of 1.0 MiB "
                        + "per file (catalog.limits.max-file-size)"));
        assertEquals(before, servingLabel());

        assertFixGoesLive();
    }

    @Test
    void aLineOverTheLimitIsRejectedAtItsLineAndTheFixGoesLive() {
        String before = servingLabel();
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(200_000)));

        admin().post("/admin/catalog/reload").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].file", equalTo(TEST_PRODUCT))
                .body("errors[0].line", equalTo(FOLDER.lineInFile(TEST_PRODUCT, "summary:")))
                .body("errors[0].message", containsString("longer than the limit of 10000 characters "
                        + "(catalog.limits.max-line-length)"));
        assertEquals(before, servingLabel());

        assertFixGoesLive();
    }

    private void assertFixGoesLive() {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", FIXED_SUMMARY));
        String fixed = assertInstanceOf(LoadResult.Loaded.class,
                new CatalogueLoader().load(FOLDER.root(), FixedClock.NOW)).contentHash().substring(0, 12);

        // The watcher may have published the fix first; either way it is what readers get.
        admin().post("/admin/catalog/reload").then().statusCode(200)
                .body("outcome", oneOf("published", "unchanged"))
                .body("version.label", equalTo(fixed));
        given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200)
                .body("catalogVersion", equalTo(fixed))
                .body("product.summary", equalTo(FIXED_SUMMARY));
    }
}
