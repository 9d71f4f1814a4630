package io.inversionpicks.catalog;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Edits reach readers without a restart: the service watches its folder and reloads after in-place edits, saves
 * through a temp file, new, deleted and renamed files, and a ConfigMap {@code ..data} swap.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class ReloadWatchTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    CatalogueService catalogue;
    @Inject
    ReloadMetrics metrics;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private static ExtractableResponse<Response> product(String id) {
        return given().get("/products/{id}", id).then().extract();
    }

    private static void awaitName(String id, String name) {
        await().atMost(PATIENCE).until(() -> name.equals(product(id).path("product.name")));
    }

    private static void awaitGone(String id) {
        await().atMost(PATIENCE).until(() -> product(id).statusCode() == 404);
    }

    @Test
    void inPlaceEditIsServedWithNewVersionAndETag() {
        ExtractableResponse<Response> before = product(TEST_PRODUCT_ID);

        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "name", "Edited In Place"));

        awaitName(TEST_PRODUCT_ID, "Edited In Place");
        ExtractableResponse<Response> after = product(TEST_PRODUCT_ID);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.<String>path("catalogVersion")).isNotEqualTo(before.<String>path("catalogVersion"));
        assertThat(after.<String>path("catalogVersion")).isEqualTo(catalogue.current().version().label());
        assertThat(catalogue.current().version().changedFiles()).isEqualTo(List.of(TEST_PRODUCT));
        assertThat(catalogue.lastAttempt().orElseThrow().trigger()).isEqualTo(ReloadTrigger.WATCH);
    }

    @Test
    void cachedListsFollowTheNewVersion() {
        String etag = given().get("/categories").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/categories").then().statusCode(304);

        FOLDER.edit("categories.yaml", c -> c.replace("name: Gravity Boots", "name: Gravity Boots (renamed)"));

        await().atMost(PATIENCE).until(() -> given().get("/categories").then().extract()
                .<List<String>>path("items.name").contains("Gravity Boots (renamed)"));
        given().header("If-None-Match", etag).get("/categories").then().statusCode(200);
    }

    @Test
    void saveThroughTempFileAndRenameIsServed() {
        FOLDER.writeViaRename(TEST_PRODUCT, withLine(FOLDER.read(TEST_PRODUCT), "name", "Saved Via Rename"));

        awaitName(TEST_PRODUCT_ID, "Saved Via Rename");
    }

    @Test
    void newProductFileIsServed() {
        FOLDER.write("products/test-table-2.yaml", withLine(FOLDER.read(TEST_PRODUCT), "id", "test-table-2"));

        await().atMost(PATIENCE).until(() -> product("test-table-2").statusCode() == 200);
        assertThat(catalogue.current().version().productCount()).isEqualTo(13);
    }

    @Test
    void deletedProductFileIsNoLongerServed() {
        FOLDER.delete(TEST_PRODUCT);

        awaitGone(TEST_PRODUCT_ID);
        assertThat(catalogue.current().version().productCount()).isEqualTo(11);
    }

    @Test
    void renamedProductIsServedUnderItsNewId() {
        FOLDER.move(TEST_PRODUCT, "products/test-table-renamed.yaml");
        FOLDER.edit("products/test-table-renamed.yaml", c -> withLine(c, "id", "test-table-renamed"));

        await().atMost(PATIENCE).until(() -> product("test-table-renamed").statusCode() == 200);
        awaitGone(TEST_PRODUCT_ID);
    }

    @Test
    void aBurstOfSavesPublishesOnce() {
        long published = metrics.count(ReloadOutcome.PUBLISHED);

        for (int i = 1; i <= 20; i++) {
            FOLDER.edit(TEST_PRODUCT, withName("Save " + i));
        }

        awaitName(TEST_PRODUCT_ID, "Save 20");
        assertThat(metrics.count(ReloadOutcome.PUBLISHED)).isEqualTo(published + 1);
    }

    @Test
    void configMapSymlinkSwapIsServed() throws Exception {
        String before = catalogue.current().version().label();
        FOLDER.toConfigMapLayout("..2026_11_23_12_00_00.1");
        // The same files behind ..data: the same version, read through the links.
        assertThat(catalogue.reload().outcome()).isEqualTo(ReloadOutcome.UNCHANGED);

        FOLDER.swapConfigMapData("..2026_11_23_12_05_00.2", data -> rewrite(data.resolve(TEST_PRODUCT),
                withName("From ConfigMap Update")));

        awaitName(TEST_PRODUCT_ID, "From ConfigMap Update");
        assertThat(catalogue.current().version().label()).isNotEqualTo(before);
        assertThat(catalogue.current().version().changedFiles()).isEqualTo(List.of(TEST_PRODUCT));

        FOLDER.swapConfigMapData("..2026_11_23_12_10_00.3", data -> delete(data.resolve(TEST_PRODUCT)));

        awaitGone(TEST_PRODUCT_ID);
    }

    private static java.util.function.UnaryOperator<String> withName(String name) {
        return c -> withLine(c, "name", name);
    }

    private static void rewrite(java.nio.file.Path file, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
