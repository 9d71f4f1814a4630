package io.inversionpicks.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.IsolatedDatabase;
import io.inversionpicks.testing.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Restarts and shutdowns of the packaged jar. A bad edit plus a restart is not an outage, and editors are told: the
 * packaged jar, restarted on broken files, serves the last good version from its database with a loud warning listing
 * the problems, shows them at {@code GET /admin/catalog}, and publishes from the files again once they are fixed.
 * (That the stored version is served at all: {@code DataSurvivesRestartIT}; refusing to start without one:
 * {@code InvalidCatalogueStartupIT}.) And a reload under way does not hold up a shutdown.
 */
class CatalogueRestartIT {

    private static final String PASSWORD = "it-admin";
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path work;
    private final CatalogueFolder folder = CatalogueFolder.create();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void restartWithBrokenFilesWarnsServesTheStoredVersionAndRecoversWhenFixed() throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create(work.resolve("data"))) {
            Map<String, String> env = database.environment(folder);
            env.put("ADMIN_PASSWORD", PASSWORD);
            int port = PackagedApp.freePort();
            String goodVersion;
            try (PackagedApp app = PackagedApp.start("good", port, env, work)) {
                app.awaitReady(START);
                goodVersion = send(app, "GET", "/products/" + TEST_PRODUCT_ID).path("catalogVersion").asText();
                // A first start answers before it writes its product rows (its snapshot holds them all), and writes
                // them without waiting for anything else to happen.
                String stored = "Stored the product rows of catalogue version " + goodVersion;
                await("the product rows written").atMost(START).until(() -> app.log().contains(stored));
            }

            folder.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "http://www.amazon.com"));
            try (PackagedApp app = PackagedApp.start("broken", port, env, work)) {
                app.awaitReady(START);

                assertThat(send(app, "GET", "/products/" + TEST_PRODUCT_ID).path("catalogVersion")
                        .asText())
                        .isEqualTo(goodVersion);
                String log = app.log();
                assertThat(log.contains("!!! SERVING STORED CATALOGUE VERSION " + goodVersion)).as(app.logTail())
                        .isTrue();
                int urlLine = CatalogueFolder.lineOf(folder.read(TEST_PRODUCT), "http://www.amazon.com");
                assertThat(log.contains("products/test-table.yaml:" + urlLine + ":5: offers[0].url: "))
                        .as(app.logTail()).isTrue();
                JsonNode status = send(app, "GET", "/admin/catalog");
                assertThat(status.path("filesValid").asBoolean()).isFalse();
                assertThat(status.path("current").path("source").asText()).isEqualTo("database");
                assertThat(status.path("lastRejected").path("errors").get(0).path("file").asText())
                        .isEqualTo(TEST_PRODUCT);

                folder.edit(TEST_PRODUCT, c -> c.replace("http://www.amazon.com", "https://www.amazon.com"));
                JsonNode reload = send(app, "POST", "/admin/catalog/reload");
                assertThat(reload.path("outcome").asText()).isEqualTo("published");
                assertThat(reload.path("version").path("label").asText()).isEqualTo(goodVersion);
                assertThat(reload.path("version").path("source").asText()).isEqualTo("files");
            }

            // Edited while the service is down: a restart takes the products of unchanged files from the stored
            // version, and must read this one again and serve what it says now.
            folder.edit(TEST_PRODUCT, c -> withLine(c, "name", "Test Table Renamed While Down"));
            try (PackagedApp app = PackagedApp.start("edited", port, env, work)) {
                app.awaitReady(START);

                JsonNode product = send(app, "GET", "/products/" + TEST_PRODUCT_ID);
                assertThat(product.path("product").path("name").asText()).isEqualTo("Test Table Renamed While Down");
                assertThat(product.path("catalogVersion").asText()).isNotEqualTo(goodVersion);
            }
        }
    }

    /**
     * A restart answers at once from the version stored before it and is ready only once its files are checked. Here
     * the check cannot end while the test looks (an edited file holds a 20 MiB line, parsed for minutes), so what
     * readers get meanwhile and what readiness says are observed, not raced; then the editor fixes the file, and an
     * admin reload stops the check rather than waiting minutes behind it, and makes the service ready.
     */
    @Test
    void restartServesTheStoredVersionAtOnceAndIsReadyOnlyOnceItsFilesAreChecked() throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create(work.resolve("data"))) {
            Map<String, String> env = database.environment(folder);
            env.put("ADMIN_PASSWORD", PASSWORD);
            env.put("CATALOG_LIMITS_MAX_FILE_SIZE", "64M");
            env.put("CATALOG_LIMITS_MAX_LINE_LENGTH", "100000000");
            int port = PackagedApp.freePort();
            String storedVersion;
            try (PackagedApp app = PackagedApp.start("before-restart", port, env, work)) {
                app.awaitReady(START);
                storedVersion = send(app, "GET", "/products/" + TEST_PRODUCT_ID).path("catalogVersion").asText();
            }

            String original = folder.read(TEST_PRODUCT);
            folder.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));
            try (PackagedApp app = PackagedApp.start("checking-files", port, env, work)) {
                await("the stored version served").atMost(START)
                        .until(() -> app.status("/products/" + TEST_PRODUCT_ID) == 200);

                JsonNode product = send(app, "GET", "/products/" + TEST_PRODUCT_ID);
                assertThat(product.path("catalogVersion").asText()).isEqualTo(storedVersion);
                assertThat(product.path("product").path("summary").asText()).doesNotStartWith("xxx");
                // The check starts on its own thread once the server listens: a moment after the first answer.
                await("the check of the files under way").atMost(START)
                        .until(() -> !send(app, "GET", "/admin/catalog").path("reloading").isNull());
                assertThat(send(app, "GET", "/admin/catalog").path("reloading").path("trigger").asText())
                        .isEqualTo("startup");
                HttpResponse<String> readiness = http.send(request(app, "GET", "/q/health/ready"),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
                JsonNode check = catalogueCheck(json.readTree(readiness.body()));
                assertThat(check.path("status").asText()).isEqualTo("DOWN");
                assertThat(check.path("data").path("version").asText()).isEqualTo(storedVersion);
                assertThat(check.path("data").path("source").asText()).isEqualTo("database");
                assertThat(check.path("data").path("checking").asText()).contains("serving the stored version");

                folder.write(TEST_PRODUCT, original);
                JsonNode reload = send(app, "POST", "/admin/catalog/reload");
                assertThat(reload.path("outcome").asText()).isEqualTo("published");
                assertThat(reload.path("version").path("source").asText()).isEqualTo("files");
                assertThat(app.status("/q/health/ready")).isEqualTo(200);
                String log = app.log();
                assertThat(log.contains("Serving stored catalogue version " + storedVersion)
                        && log.contains("Catalogue reload (startup) stopped after")
                        && log.contains("a reload asked for through the admin API replaces it"))
                        .as(app.logTail())
                        .isTrue();
            }
        }
    }

    private static JsonNode catalogueCheck(JsonNode health) {
        for (JsonNode check : health.path("checks")) {
            if ("catalogue".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no catalogue check in " + health);
    }

    /**
     * SIGTERM is not held up by a reload under way. A reload runs on an HTTP worker thread (or the watcher's), and
     * Quarkus waits up to a minute for the worker pool at shutdown: a reload that ignored the shutdown kept the
     * process alive that long (62 s measured, with a product file holding a 20 MiB line). The limits are raised here
     * so that such a line is parsed, which takes minutes.
     */
    @Test
    void sigtermDuringAReloadStopsItAndExitsPromptly() throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create(work.resolve("data"))) {
            Map<String, String> env = database.environment(folder);
            env.put("ADMIN_PASSWORD", PASSWORD);
            env.put("CATALOG_LIMITS_MAX_FILE_SIZE", "64M");
            env.put("CATALOG_LIMITS_MAX_LINE_LENGTH", "100000000");
            try (PackagedApp app = PackagedApp.start("reload-shutdown", PackagedApp.freePort(), env, work)) {
                app.awaitReady(START);
                folder.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));

                http.sendAsync(request(app, "POST", "/admin/catalog/reload"), HttpResponse.BodyHandlers.discarding());
                await().atMost(START).until(() -> !send(app, "GET", "/admin/catalog").path("reloading").isNull());
                app.terminate();

                // Far below the worker pool's minute, far above a normal shutdown (about a second).
                app.awaitExit(Duration.ofSeconds(20));
                String log = app.log();
                assertThat(log.contains("Catalogue reload (admin) stopped after")
                        && log.contains("while reading " + TEST_PRODUCT + ": the service is shutting down"))
                        .as(app.logTail())
                        .isTrue();
            }
        }
    }

    private JsonNode send(PackagedApp app, String method, String path) throws Exception {
        HttpResponse<String> response = http.send(request(app, method, path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static HttpRequest request(PackagedApp app, String method, String path) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
}
