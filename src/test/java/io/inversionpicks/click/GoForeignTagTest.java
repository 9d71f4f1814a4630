package io.inversionpicks.click;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.ForeignAffiliateUrls;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the running service: a catalogue whose offer URL carries another party's affiliate or tracking parameter,
 * in any spelling, is never published, and {@code /go} keeps sending readers to the product page with our tag only.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class GoForeignTagTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final String OUR_TARGET = ForeignAffiliateUrls.PRODUCT_PAGE + "?tag=inversionpicks-20";

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    static Stream<ForeignAffiliateUrls.Case> foreign() {
        return Stream.concat(ForeignAffiliateUrls.all().stream(), ForeignAffiliateUrls.amazonPaths().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreign")
    void isNeverPublishedAndGoKeepsOurTagOnly(ForeignAffiliateUrls.Case foreign) {
        String serving = servingVersion();
        assertThat(goLocation()).isEqualTo(OUR_TARGET);

        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "    url", "'" + foreign.url() + "'"));
        List<Map<String, Object>> errors = given().auth().preemptive().basic("admin", "test-admin")
                .post("/admin/catalog/reload").then().statusCode(422).contentType("application/problem+json")
                .extract().path("errors");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("file", TEST_PRODUCT)
                    .containsEntry("line", lineOf(FOLDER.read(TEST_PRODUCT), "url: '"))
                    .containsEntry("field", "offers[0].url");
            assertThat((String) error.get("message")).contains(foreign.expected());
        });
        assertThat(servingVersion()).isEqualTo(serving);
        assertThat(goLocation()).isEqualTo(OUR_TARGET);
    }

    private static String servingVersion() {
        return given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200).extract().path("catalogVersion");
    }

    private static String goLocation() {
        return given().redirects().follow(false).header("User-Agent", GoRedirectTest.BROWSER)
                .get("/go/{id}/amazon", TEST_PRODUCT_ID).then().statusCode(302).extract().header("Location");
    }
}
