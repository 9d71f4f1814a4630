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

import static org.assertj.core.api.Assertions.assertThat;

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
                assertThat(first.path("source").asText()).isEqualTo("files");
            }
            if (!PostgresAdmin.packagedJarUsesPostgres()) {
                assertThat(Files.exists(dataDir.resolve("inversion-picks.mv.db")))
                        .as("H2 file in APP_DATA_DIR")
                        .isTrue();
            }

            catalogue.write("products/teeter-ep-560.yaml", "id: [unclosed\n");
            try (PackagedApp app = PackagedApp.start("second", port, env, work)) {
                app.awaitReady(Duration.ofMinutes(3));
                JsonNode second = catalogueCheck(app);

                assertThat(second.path("source").asText()).as("served from the stored version").isEqualTo("database");
                assertThat(second.path("version").asText()).isEqualTo(first.path("version").asText());
                assertThat(second.path("productCount").asInt()).isEqualTo(first.path("productCount").asInt());
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
