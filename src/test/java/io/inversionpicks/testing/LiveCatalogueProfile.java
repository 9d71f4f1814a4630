package io.inversionpicks.testing;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReloadOutcome;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The service reading and watching a temp copy of the catalogue ({@link #FOLDER}), with its own database (in memory,
 * or a PostgreSQL database of its own in that run), so reload tests can edit files freely. All test classes with
 * this profile share one application.
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
        Map<String, String> overrides = new HashMap<>(PostgresRunDatabase.ownDatabase("live"));
        overrides.put("catalog.path", FOLDER.root().toString());
        // Events only: a test that passes must have been woken by an event, not by the poll.
        overrides.put("catalog.watch.mode", "events");
        overrides.put("catalog.watch.debounce", DEBOUNCE);
        overrides.put("quarkus.log.category.\"io.inversionpicks.catalog.watch\".level", "DEBUG");
        return overrides;
    }
}
