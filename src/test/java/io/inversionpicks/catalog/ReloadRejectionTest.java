package io.inversionpicks.catalog;

import io.inversionpicks.catalog.store.VersionInfo;
import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A bad edit never goes live: the last good version keeps serving, readiness stays UP, and the errors are told. */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class ReloadRejectionTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    CatalogueService catalogue;
    @Inject
    ReloadMetrics metrics;
    @Inject
    CatalogueStore store;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private static ExtractableResponse<Response> testProduct() {
        return given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200).extract();
    }

    @Test
    void badEditKeepsTheLastGoodVersionServing() {
        ExtractableResponse<Response> before = testProduct();
        long rejected = metrics.count(ReloadOutcome.REJECTED);

        FOLDER.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "http://www.amazon.com"));

        await().atMost(PATIENCE).until(() -> catalogue.lastFailure().isPresent());
        ExtractableResponse<Response> after = testProduct();
        assertThat(after.<String>path("catalogVersion")).isEqualTo(before.<String>path("catalogVersion"));
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        // The tracked link still sends readers to the last good (https) URL.
        given().redirects().follow(false).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0")
                .get("/go/{id}/amazon", TEST_PRODUCT_ID).then().statusCode(302)
                .header("Location", startsWith("https://www.amazon.com/dp/B000TEST01"));
        assertThat(metrics.count(ReloadOutcome.REJECTED)).isEqualTo(rejected + 1);

        var failure = catalogue.lastFailure().orElseThrow();
        assertThat(failure.trigger()).isEqualTo(ReloadTrigger.WATCH);
        int line = lineOf(FOLDER.read(TEST_PRODUCT), "url: http://");
        for (var problem : failure.problems()) {
            assertThat(problem.file()).isEqualTo(TEST_PRODUCT);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.field()).isEqualTo("offers[0].url");
        }
    }

    @Test
    void readinessStaysUpAndMetricsTellTheFilesAreRejected() {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "maxUserWeightKg", "heavy"));
        await().atMost(PATIENCE).until(() -> catalogue.lastFailure().isPresent());

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'catalogue' }.data.version",
                        equalTo(catalogue.current().version().label()));
        String metricsText = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metricsText.lines().anyMatch(l -> l.startsWith("catalog_files_valid ") && l.endsWith(" 0.0")))
                .as(metricsText)
                .isTrue();
        assertThat(metricsText.contains("catalog_reloads_total{outcome=\"rejected\"}")).isTrue();
        assertThat(metricsText.lines().anyMatch(l -> l.startsWith("catalog_products ") && l.endsWith(" 12.0")))
                .isTrue();

        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "maxUserWeightKg", "140"));
        await().atMost(PATIENCE).until(() -> given().get("/q/metrics").then().extract().asString().lines()
                .anyMatch(l -> l.startsWith("catalog_files_valid ") && l.endsWith(" 1.0")));
        assertThat(catalogue.lastFailure().isEmpty()).isTrue();
    }

    @Test
    void everyPublishedVersionIsRecordedWithWhatChanged() {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "name", "Recorded Version"));
        FOLDER.delete("products/teeter-ep-560.yaml");
        LoadResult.Loaded expected = assertThat(new CatalogueLoader().load(FOLDER.root(), Fixtures.NOW))
                .asInstanceOf(type(LoadResult.Loaded.class)).actual();

        catalogue.reload();

        VersionInfo recorded = store.history(1).get(0);
        assertThat(recorded.contentHash()).isEqualTo(expected.contentHash());
        assertThat(recorded.publishedAt()).isEqualTo(Fixtures.NOW);
        assertThat(recorded.productCount()).isEqualTo(11);
        assertThat(recorded.changedFiles()).isEqualTo(List.of("products/teeter-ep-560.yaml", TEST_PRODUCT));
        assertThat(recorded.files().contains("categories.yaml")).isTrue();
        // The whole catalogue is kept, so a restart with broken files can serve it.
        CatalogueStore.Stored stored = store.latest().orElseThrow();
        assertThat(stored.version().contentHash()).isEqualTo(expected.contentHash());
        assertThat(stored.catalogue().products().stream()
                .filter(p -> p.id().equals(TEST_PRODUCT_ID)).findFirst().orElseThrow().name())
                .isEqualTo("Recorded Version");
    }
}
