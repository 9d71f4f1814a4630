package io.inversionpicks.admin;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.InvalidEdits;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

/** {@code GET /admin/catalog} and {@code POST /admin/catalog/reload}, for editors with credentials only. */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class ReloadAdminTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;

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
    void adminNeedsCredentials() {
        given().get("/admin/catalog").then().statusCode(401);
        given().post("/admin/catalog/reload").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").get("/admin/catalog").then().statusCode(401);
        given().auth().preemptive().basic("editor", "test-admin").post("/admin/catalog/reload").then()
                .statusCode(401);
    }

    @Test
    void statusShowsTheServingVersionItsFilesAndHistory() {
        String label = catalogue.current().version().label();
        admin().get("/admin/catalog").then().statusCode(200)
                .body("folder", equalTo(FOLDER.root().toAbsolutePath().toString()))
                .body("watch.mode", equalTo("events"))
                .body("watch.active", equalTo(List.of("events")))
                .body("current.label", equalTo(label))
                .body("current.productCount", equalTo(12))
                .body("current.source", equalTo("files"))
                .body("current.files", hasItems("categories.yaml", "retailers.yaml", TEST_PRODUCT))
                .body("loadedAt", equalTo(Fixtures.NOW.toString()))
                .body("filesValid", equalTo(true))
                .body("history[0].label", equalTo(label))
                .body("history[0].productCount", equalTo(12));
    }

    @Test
    void statusShowsTheLastRejectedEditWithEveryError() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "http://www.amazon.com"));
        catalogue.reload();

        admin().get("/admin/catalog").then().statusCode(200)
                .body("filesValid", equalTo(false))
                .body("lastAttempt.outcome", equalTo("rejected"))
                .body("lastRejected.errorCount", equalTo(catalogue.lastRejected().orElseThrow().problems().size()))
                .body("lastRejected.errors[0].file", equalTo(TEST_PRODUCT))
                .body("lastRejected.errors[0].line", equalTo(lineOf(FOLDER.read(TEST_PRODUCT), "url: http://")))
                .body("lastRejected.errors[0].column", equalTo(5))
                .body("lastRejected.errors[0].field", equalTo("offers[0].url"))
                .body("lastRejected.errors[0].message", containsString("https"));
    }

    @Test
    void forcedReloadPublishesTheEditedFiles() throws Exception {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "name", "Forced Reload"));
        String expected = assertThat(new CatalogueLoader().load(FOLDER.root(), Fixtures.NOW))
                .asInstanceOf(type(LoadResult.Loaded.class)).actual().contentHash().substring(0, 12);

        // The watcher may get there first; either way the answer is the edited version.
        admin().post("/admin/catalog/reload").then().statusCode(200)
                .body("outcome", oneOf("published", "unchanged"))
                .body("version.label", equalTo(expected))
                .body("version.changedFiles", equalTo(List.of(TEST_PRODUCT)));
        admin().post("/admin/catalog/reload").then().statusCode(200)
                .body("outcome", equalTo("unchanged"))
                .body("version.label", equalTo(expected));
        assertThat(servingLabel()).isEqualTo(expected);
    }

    @Test
    void forcedReloadOfBadFilesIs422WithEveryErrorAndKeepsServing() {
        String before = servingLabel();
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com/dp/B000TEST01", "https://www.ebay.com/x"));
        FOLDER.edit("categories.yaml", c -> c + "  - {id: gravity-boots, name: Boots again, description: Twice.}\n");

        admin().post("/admin/catalog/reload").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://inversionpicks.io/problems/invalid-catalogue"))
                .body("status", equalTo(422))
                .body("detail", containsString("still serving version " + before))
                .body("errors", hasSize(2))
                .body("errors[0].file", equalTo("categories.yaml"))
                .body("errors[0].line", equalTo(lineOf(FOLDER.read("categories.yaml"), "Boots again")))
                .body("errors[0].column", equalTo(6))
                .body("errors[0].field", equalTo("categories[4].id"))
                .body("errors[0].message", containsString("duplicate id 'gravity-boots'"))
                .body("errors[1].file", equalTo(TEST_PRODUCT))
                .body("errors[1].line", equalTo(lineOf(FOLDER.read(TEST_PRODUCT), "www.ebay.com")))
                .body("errors[1].column", equalTo(5))
                .body("errors[1].field", equalTo("offers[0].url"))
                .body("errors[1].message", containsString("host 'www.ebay.com' is not allowed"));
        assertThat(servingLabel()).isEqualTo(before);
    }

    static List<InvalidEdits.Case> invalidEdits() {
        return InvalidEdits.all();
    }

    /** Every kind of mistake, through the running service: 422 naming it, and the old version keeps serving. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEdits")
    void everyKindOfMistakeIsRejectedWhileTheOldVersionServes(InvalidEdits.Case mistake) {
        String before = servingLabel();
        mistake.edit().accept(FOLDER);
        InvalidEdits.Expected expected = mistake.expected();
        int line = expected.lineText() == null ? 0 : FOLDER.lineInFile(expected.file(), expected.lineText());

        List<Map<String, Object>> errors = admin().post("/admin/catalog/reload").then().statusCode(422)
                .contentType("application/problem+json").extract().path("errors");

        for (Map<String, Object> error : errors) {
            assertThat(error.get("file")).as(errors::toString).isEqualTo(expected.file());
            assertThat(error.get("field"))
                    .as(errors::toString)
                    .isEqualTo(expected.field().isEmpty() ? null : expected.field());
        }
        Integer expectedLine = line == 0 ? null : line;
        assertThat(errors.stream().anyMatch(e -> Objects.equals(expectedLine, e.get("line"))
                && ((String) e.get("message")).contains(expected.message())))
                .as(errors::toString)
                .isTrue();
        assertThat(servingLabel()).isEqualTo(before);
    }

    /** The files of the report: rejected at once by a limit, the old version serving, the fix going live. */
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
        assertThat(servingLabel()).isEqualTo(before);

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
        assertThat(servingLabel()).isEqualTo(before);

        assertFixGoesLive();
    }

    private static void assertFixGoesLive() {
        String fixedSummary = "A sturdy table whose summary was broken once and then fixed again.";
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", fixedSummary));
        String fixed = assertThat(new CatalogueLoader().load(FOLDER.root(), Fixtures.NOW))
                .asInstanceOf(type(LoadResult.Loaded.class)).actual().contentHash().substring(0, 12);

        // The watcher may have published the fix first; either way it is what readers get.
        admin().post("/admin/catalog/reload").then().statusCode(200)
                .body("outcome", oneOf("published", "unchanged"))
                .body("version.label", equalTo(fixed));
        given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200)
                .body("catalogVersion", equalTo(fixed))
                .body("product.summary", equalTo(fixedSummary));
    }
}
