package io.inversionpicks.testing;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReloadOutcome;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service reading and watching a temp copy of the catalogue ({@link #FOLDER}), with its own in-memory
 * database, so reload tests can edit files freely. All test classes with this profile share one application.
 */
public class LiveCatalogueProfile implements QuarkusTestProfile {

    public static final CatalogueFolder FOLDER = CatalogueFolder.create();
    public static final String DEBOUNCE = "500ms";

    /** Puts the unedited catalogue back and serves it, so every test starts from the same version. */
    public static void resetAndReload(CatalogueService catalogue) {
        FOLDER.reset();
        CatalogueService.ReloadResult result = catalogue.reload();
        if (result.outcome() == ReloadOutcome.REJECTED) {
            throw new IllegalStateException("the test catalogue is invalid: " + result.failure());
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "catalog.path", FOLDER.root().toString(),
                // Events only: a test that passes must have been woken by an event, not by the poll.
                "catalog.watch.mode", "events",
                "catalog.watch.debounce", DEBOUNCE,
                "quarkus.log.category.\"io.inversionpicks.catalog.watch\".level", "DEBUG",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:inversion-picks-live;DB_CLOSE_DELAY=-1");
    }
}
