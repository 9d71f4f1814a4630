package io.inversionpicks.catalog;

import io.inversionpicks.testing.IsolatedDatabase;
import io.inversionpicks.testing.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar refuses to start on an invalid catalogue when no good version was ever stored: its output lists
 * every problem as file:line:column: field: message and says how to check the files, with no stack trace around it.
 */
class InvalidCatalogueStartupIT {

    private static final String FOLDER = "src/test/resources/catalogs/invalid-many";

    @Test
    void startUpFailsListingEveryProblem(@TempDir Path dataDir) {
        PackagedApp.Exit exit;
        // A database with no stored version: an empty H2 directory, or a new database in the PostgreSQL run.
        try (IsolatedDatabase database = IsolatedDatabase.create(dataDir)) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("CATALOG_PATH", FOLDER);
            exit = PackagedApp.runToExit("invalid-catalogue", env, dataDir, Duration.ofSeconds(60));
        }
        String output = exit.output();
        assertThat(exit.code()).as(output).isEqualTo(InvalidCatalogueException.EXIT_CODE);
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
