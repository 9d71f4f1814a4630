package io.inversionpicks.catalog;

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
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM is not held up by a reload under way. A reload runs on an HTTP worker thread (or the watcher's), and
 * Quarkus waits up to a minute for the worker pool at shutdown: a reload that ignored the shutdown kept the process
 * alive that long (62 s measured, with the 20 MiB line of the report). Here the limits are raised so that the line
 * is parsed, which takes minutes.
 */
class ReloadShutdownIT {

    private static final String PASSWORD = "it-admin";
    private static final Duration START = Duration.ofMinutes(3);
    /** Far below the worker pool's minute, far above a normal shutdown (about a second). */
    private static final Duration PROMPT = Duration.ofSeconds(20);

    @TempDir
    Path work;
    private final CatalogueFolder folder = CatalogueFolder.create();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sigtermDuringAReloadStopsItAndExitsPromptly() throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create(work.resolve("data"))) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("CATALOG_PATH", folder.root().toString());
            env.put("CATALOG_WATCH_MODE", "off");
            env.put("ADMIN_PASSWORD", PASSWORD);
            env.put("CATALOG_LIMITS_MAX_FILE_SIZE", "64M");
            env.put("CATALOG_LIMITS_MAX_LINE_LENGTH", "100000000");
            try (PackagedApp app = PackagedApp.start("reload-shutdown", PackagedApp.freePort(), env, work)) {
                app.awaitReady(START);
                folder.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));

                http.sendAsync(admin(app, "POST", "/admin/catalog/reload"), HttpResponse.BodyHandlers.discarding());
                await().atMost(START).until(() -> !json.readTree(http.send(admin(app, "GET", "/admin/catalog"),
                        HttpResponse.BodyHandlers.ofString()).body()).path("reloading").isNull());
                app.terminate();

                app.awaitExit(PROMPT);
                String log = app.log();
                assertTrue(log.contains("Catalogue reload (admin) stopped after")
                        && log.contains("while reading " + TEST_PRODUCT + ": the service is shutting down"), log);
            }
        }
    }

    private static HttpRequest admin(PackagedApp app, String method, String path) {
        return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
}
