package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueProblem;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.inversionpicks.testing.PostgresRunDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A reload that runs long can't hold up the next one. With the limits raised far enough for the 20 MiB line of the
 * report to be parsed (which takes minutes: SnakeYAML's cost grows with the square of the line), the reload the
 * watcher starts on it is stopped by the editor's admin reload of the fix, and, left alone, by the reload timeout.
 * Meanwhile readers keep getting the last good version.
 */
@QuarkusTest
@TestProfile(ReloadStopTest.RaisedLimits.class)
class ReloadStopTest {

    /** The live catalogue with limits an operator could set, and a short reload timeout. */
    public static class RaisedLimits extends LiveCatalogueProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(PostgresRunDatabase.ownDatabase("raised_limits"));
            overrides.put("catalog.limits.max-file-size", "64M");
            overrides.put("catalog.limits.max-line-length", "100000000");
            overrides.put("catalog.reload-timeout", "10s");
            return overrides;
        }
    }

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String FIXED_NAME = "Fixed Inversion Table";

    @Inject
    CatalogueService catalogue;
    @Inject
    ReloadMetrics metrics;
    @TestHTTPResource("/admin/catalog/reload")
    URI reload;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    private static String servingLabel() {
        return given().get("/products/{id}", TEST_PRODUCT_ID).then().statusCode(200).extract().path("catalogVersion");
    }

    /** Saves the file of the report and waits until the watcher's reload of it is under way. */
    private void startPathologicalReload() {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));
        await().atMost(PATIENCE).until(() -> catalogue.running()
                .filter(r -> r.trigger() == ReloadTrigger.WATCH).isPresent());
    }

    @Test
    void theEditorsAdminReloadStopsAReloadUnderWayAndPublishesTheFix() throws Exception {
        String before = servingLabel();
        long stopped = metrics.count(ReloadOutcome.STOPPED);
        startPathologicalReload();

        given().auth().preemptive().basic("admin", "test-admin").get("/admin/catalog").then().statusCode(200)
                .body("reloading.trigger", equalTo("watch"));
        assertThat(servingLabel()).as("readers get the last good version while the reload runs").isEqualTo(before);

        FOLDER.edit(TEST_PRODUCT, c -> withLine(withLine(c, "summary", "A sturdy table, with its summary fixed "
                + "after a bad paste."), "name", FIXED_NAME));
        // A bounded wait: before, this answered only after the running reload had parsed the whole line.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(reload)
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(PATIENCE)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:test-admin".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body().contains("\"outcome\":\"published\"")).as(response.body()).isTrue();
        assertThat(metrics.count(ReloadOutcome.STOPPED)).as("the watcher's reload was stopped").isEqualTo(stopped + 1);
        assertThat(servingLabel()).isNotEqualTo(before);
        given().get("/products/{id}", TEST_PRODUCT_ID).then().body("product.name", equalTo(FIXED_NAME));
    }

    @Test
    void aReloadThatRunsPastTheTimeoutIsStoppedAndRejectedNamingTheFile() {
        String before = servingLabel();
        startPathologicalReload();

        await().atMost(PATIENCE).until(() -> catalogue.lastFailure().isPresent());

        CatalogueService.Failure failure = catalogue.lastFailure().orElseThrow();
        assertThat(failure.trigger()).isEqualTo(ReloadTrigger.WATCH);
        CatalogueProblem problem = failure.problems().get(0);
        assertThat(failure.problems().size()).as(failure.problems()::toString).isEqualTo(1);
        assertThat(problem.file()).isEqualTo(TEST_PRODUCT);
        assertThat(problem.message().startsWith("reading the catalogue took longer than 10s "
                + "(catalog.reload-timeout) and was stopped while reading this file"))
                .as(problem.message())
                .isTrue();
        assertThat(servingLabel()).isEqualTo(before);
    }
}
