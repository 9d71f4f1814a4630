package io.inversionpicks.startup;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.IsolatedDatabase;
import io.inversionpicks.testing.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of deploy/Dockerfile and the benchmark, on the packaged jar: with APP_TRAINING_RUN_EXIT_AFTER_STARTUP=true it
 * publishes the catalogue, serves /products once, and exits cleanly by itself, so that the JVM writes its
 * class-data-sharing archive; a later start can then map that archive.
 */
class TrainingRunIT {

    @TempDir
    Path work;

    @Test
    void exitsCleanlyAfterServingProductsAndLeavesAnArchiveTheNextStartMaps() throws IOException {
        Path archive = work.resolve("app-cds.jsa");
        try (IsolatedDatabase database = IsolatedDatabase.create(work.resolve("data"))) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("CATALOG_PATH", CatalogueFolder.create().root().toString());
            env.put("CATALOG_WATCH_MODE", "off");
            int port = PackagedApp.freePort();

            Map<String, String> training = new HashMap<>(env);
            training.put("APP_TRAINING_RUN_EXIT_AFTER_STARTUP", "true");
            try (PackagedApp run = PackagedApp.start("training", port, training, work,
                    List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=error"))) {
                assertThat(run.awaitExit(Duration.ofMinutes(3))).as("clean exit\n" + run.logTail()).isEqualTo(0);
                String log = run.log();
                int published = log.indexOf("Published catalogue version");
                int served = log.indexOf("Training run: GET /products answered 200");
                assertThat(published >= 0 && served > published)
                        .as("catalogue published, then /products served\n" + run.logTail())
                        .isTrue();
            }
            assertThat(Files.size(archive) > 0).as("archive written at exit").isTrue();

            // -Xshare:on refuses to start unless the archive is mapped, so a ready service proves it fits.
            try (PackagedApp app = PackagedApp.start("with-archive", port, env, work,
                    List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive))) {
                app.awaitReady(Duration.ofMinutes(3));
                assertThat(app.status("/products")).isEqualTo(200);
            }
        }
    }
}
