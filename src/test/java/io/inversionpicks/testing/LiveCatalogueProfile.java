package io.inversionpicks.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service reading and watching a temp copy of the catalogue ({@link #FOLDER}), with its own in-memory
 * database, so reload tests can edit files freely. All test classes with this profile share one application.
 */
public class LiveCatalogueProfile implements QuarkusTestProfile {

    public static final CatalogueFolder FOLDER = CatalogueFolder.create();
    public static final String DEBOUNCE = "200ms";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "catalog.path", FOLDER.root().toString(),
                // Events only: a test that passes must have been woken by an event, not by the poll.
                "catalog.watch.mode", "events",
                "catalog.watch.debounce", DEBOUNCE,
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:inversion-picks-live;DB_CLOSE_DELAY=-1");
    }
}
