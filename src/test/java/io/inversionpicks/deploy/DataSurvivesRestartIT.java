package io.inversionpicks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.IsolatedDatabase;
import io.inversionpicks.testing.PackagedApp;
import io.inversionpicks.testing.PostgresAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar keeps its data across a restart: H2 in a file under APP_DATA_DIR (or PostgreSQL in that run).
 * Proof: after a restart with a broken catalogue folder it serves the version it stored before.
 */
class DataSurvivesRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void storedCatalogueVersionIsServedAfterARestartWithBrokenFiles() throws IOException {
        CatalogueFolder catalogue = CatalogueFolder.create();
        Path dataDir = work.resolve("data");
        try (IsolatedDatabase database = IsolatedDatabase.create(dataDir)) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("CATALOG_PATH", catalogue.root().toString());
            int port = PackagedApp.freePort();

            JsonNode first;
            try (PackagedApp app = PackagedApp.start("first", port, env, work)) {
                app.awaitReady(Duration.ofMinutes(3));
                first = catalogueCheck(app);
                assertEquals("files", first.path("source").asText());
            }
            if (!PostgresAdmin.packagedJarUsesPostgres()) {
                assertTrue(Files.exists(dataDir.resolve("inversion-picks.mv.db")), "H2 file in APP_DATA_DIR");
            }

            catalogue.write("products/teeter-ep-560.yaml", "id: [unclosed\n");
            try (PackagedApp app = PackagedApp.start("second", port, env, work)) {
                app.awaitReady(Duration.ofMinutes(3));
                JsonNode second = catalogueCheck(app);

                assertEquals("database", second.path("source").asText(), "served from the stored version");
                assertEquals(first.path("version").asText(), second.path("version").asText());
                assertEquals(first.path("productCount").asInt(), second.path("productCount").asInt());
            }
        }
    }

    private static JsonNode catalogueCheck(PackagedApp app) throws IOException {
        JsonNode health = JSON.readTree(new URL(app.uri("/q/health/ready").toString()));
        for (JsonNode check : health.path("checks")) {
            if ("catalogue".equals(check.path("name").asText())) {
                return check.path("data");
            }
        }
        throw new AssertionError("no catalogue check in " + health);
    }
}
