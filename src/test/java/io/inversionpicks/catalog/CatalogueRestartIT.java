package io.inversionpicks.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.CatalogueFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bad edit plus a restart is not an outage: the packaged jar, restarted on broken files with its H2 database
 * file, serves the last good version from the database, says so loudly, and publishes again once the files are
 * fixed. (Refusing to start when no version was ever stored: {@code InvalidCatalogueStartupIT}.)
 */
class CatalogueRestartIT {

    private static final String PASSWORD = "it-admin";
    private static final Duration START_PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;
    private final CatalogueFolder folder = CatalogueFolder.create();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int port = freePort();
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void restartWithBrokenFilesServesTheLastGoodVersionFromTheDatabase() throws Exception {
        Path firstLog = start("first.log");
        String goodVersion = get("/products/" + TEST_PRODUCT_ID).path("catalogVersion").asText();
        assertTrue(Files.readString(firstLog).contains("Published catalogue version " + goodVersion));
        stop();

        folder.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "http://www.amazon.com"));
        Path secondLog = start("second.log");

        assertEquals(goodVersion, get("/products/" + TEST_PRODUCT_ID).path("catalogVersion").asText());
        JsonNode readiness = get("/q/health/ready");
        assertEquals("UP", readiness.path("status").asText());
        JsonNode catalogueCheck = null;
        for (JsonNode check : readiness.path("checks")) {
            catalogueCheck = "catalogue".equals(check.path("name").asText()) ? check : catalogueCheck;
        }
        assertEquals("database", catalogueCheck.path("data").path("source").asText(), readiness.toString());
        String log = Files.readString(secondLog, StandardCharsets.UTF_8);
        assertTrue(log.contains("!!! SERVING STORED CATALOGUE VERSION " + goodVersion), log);
        assertTrue(log.contains("products/test-table.yaml:30:5: offers[0].url: "), log);
        JsonNode status = get("/admin/catalog");
        assertEquals(false, status.path("filesValid").asBoolean());
        assertEquals("database", status.path("current").path("source").asText());
        assertEquals(TEST_PRODUCT, status.path("lastRejected").path("errors").get(0).path("file").asText());

        // Fixed files with the same content publish again, now from the files.
        folder.edit(TEST_PRODUCT, c -> c.replace("http://www.amazon.com", "https://www.amazon.com"));
        HttpResponse<String> reload = send(HttpRequest.newBuilder(uri("/admin/catalog/reload"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reload.statusCode(), reload.body());
        JsonNode published = json.readTree(reload.body());
        assertEquals("published", published.path("outcome").asText());
        assertEquals(goodVersion, published.path("version").path("label").asText());
        assertEquals("files", published.path("version").path("source").asText());
    }

    private Path start(String logName) throws IOException {
        Path log = dataDir.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar");
        builder.environment().put("CATALOG_PATH", folder.root().toString());
        builder.environment().put("CATALOG_WATCH_MODE", "off");
        builder.environment().put("APP_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("ADMIN_PASSWORD", PASSWORD);
        app = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        app.getOutputStream().close();
        await().atMost(START_PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!app.isAlive()) {
                throw new AssertionError("the service exited:\n" + Files.readString(log));
            }
            try {
                return send(HttpRequest.newBuilder(uri("/q/health/ready"))).statusCode() == 200;
            } catch (IOException notYetListening) {
                return false;
            }
        });
        return log;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A free port in the range this project's jar tests use (18200-18299). */
    private static int freePort() {
        for (int candidate = 18200; candidate < 18300; candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return candidate;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in 18200-18299");
    }
}
