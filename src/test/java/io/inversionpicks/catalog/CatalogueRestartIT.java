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
import java.util.HashMap;
import java.util.Map;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bad edit plus a restart is not an outage, and editors are told: the packaged jar, restarted on broken files,
 * serves the last good version from its database with a loud warning listing the problems, shows them at
 * {@code GET /admin/catalog}, and publishes from the files again once they are fixed. (That the stored version is
 * served at all: {@code DataSurvivesRestartIT}; refusing to start without one: {@code InvalidCatalogueStartupIT}.)
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
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("CATALOG_PATH", folder.root().toString());
            env.put("CATALOG_WATCH_MODE", "off");
            env.put("ADMIN_PASSWORD", PASSWORD);
            int port = PackagedApp.freePort();
            String goodVersion;
            try (PackagedApp app = PackagedApp.start("good", port, env, work)) {
                app.awaitReady(START);
                goodVersion = send(app, "GET", "/products/" + TEST_PRODUCT_ID).path("catalogVersion").asText();
            }

            folder.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "http://www.amazon.com"));
            try (PackagedApp app = PackagedApp.start("broken", port, env, work)) {
                app.awaitReady(START);

                assertEquals(goodVersion, send(app, "GET", "/products/" + TEST_PRODUCT_ID).path("catalogVersion")
                        .asText());
                String log = app.log();
                assertTrue(log.contains("!!! SERVING STORED CATALOGUE VERSION " + goodVersion), log);
                assertTrue(log.contains("products/test-table.yaml:30:5: offers[0].url: "), log);
                JsonNode status = send(app, "GET", "/admin/catalog");
                assertFalse(status.path("filesValid").asBoolean());
                assertEquals("database", status.path("current").path("source").asText());
                assertEquals(TEST_PRODUCT, status.path("lastRejected").path("errors").get(0).path("file").asText());

                folder.edit(TEST_PRODUCT, c -> c.replace("http://www.amazon.com", "https://www.amazon.com"));
                JsonNode reload = send(app, "POST", "/admin/catalog/reload");
                assertEquals("published", reload.path("outcome").asText());
                assertEquals(goodVersion, reload.path("version").path("label").asText());
                assertEquals("files", reload.path("version").path("source").asText());
            }
        }
    }

    private JsonNode send(PackagedApp app, String method, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }
}
