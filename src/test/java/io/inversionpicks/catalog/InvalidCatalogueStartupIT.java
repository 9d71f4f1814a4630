package io.inversionpicks.catalog;

import io.inversionpicks.testing.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar refuses to start on an invalid catalogue when no good version was ever stored: its output lists
 * every problem as file:line:column: field: message and says how to check the files, with no stack trace around it.
 */
class InvalidCatalogueStartupIT {

    private static final String FOLDER = "src/test/resources/catalogs/invalid-many";

    @Test
    void startUpFailsListingEveryProblem(@TempDir Path dataDir) throws IOException, InterruptedException {
        Path log = dataDir.resolve("out.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar");
        builder.environment().put("CATALOG_PATH", FOLDER);
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        boolean exited;
        Process process;
        // A database with no stored version: an empty H2 directory, or a new database in the PostgreSQL run.
        try (IsolatedDatabase database = IsolatedDatabase.create(dataDir)) {
            builder.environment().putAll(database.environment());
            process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            ProcessHandle handle = process.toHandle();
            exited = process.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                handle.destroyForcibly();
            }
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(exited).as("process should exit; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).isEqualTo(InvalidCatalogueException.EXIT_CODE);
        assertThat(output)
                .contains("is invalid and no earlier version is stored")
                .contains("products/yoga-trapeze-inversion-swing.yaml:12:3: userHeightCm.min: min 200 must be below max 150")
                .contains("products/sutekus-gravity-boots.yaml:5:1: category: unknown category 'gravity-boot'")
                .contains("disclosures.yaml:5:1: programmes: missing disclosure for affiliate programme 'walmart-affiliates'")
                .contains("products/teeter-fitspine-x3.yaml:11:1: maxUserWeightKg: string found, number expected");
        // What to do: the command that checks the files, runnable as printed from where the jar was started.
        assertThat(output).contains("To check the files without starting the service, run:\n  java -cp "
                + "'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' "
                + "io.inversionpicks.catalog.load.ValidateCatalogue " + FOLDER);
        // The list once, and no stack trace around it.
        assertThat(output.lines().filter(l -> l.startsWith("disclosures.yaml:5:1: "))).hasSize(1);
        assertThat(output.lines().filter(l -> l.matches("\\s+at .*") || l.contains("Exception")))
                .as(output).isEmpty();
    }
}
