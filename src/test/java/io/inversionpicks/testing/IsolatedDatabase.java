package io.inversionpicks.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A database of its own for a packaged-jar test that must start from nothing: an H2 data directory, or, when the
 * jar is a PostgreSQL build (./mvnw verify -Ppostgresql), a freshly created PostgreSQL database that is dropped on
 * close. Pass {@link #environment()} to the process.
 */
public final class IsolatedDatabase implements AutoCloseable {

    private final Map<String, String> environment;
    private final String postgresDatabase;

    private IsolatedDatabase(Map<String, String> environment, String postgresDatabase) {
        this.environment = environment;
        this.postgresDatabase = postgresDatabase;
    }

    public static IsolatedDatabase create(Path dataDir) {
        if (!PostgresAdmin.packagedJarUsesPostgres()) {
            return new IsolatedDatabase(Map.of("APP_DATA_DIR", dataDir.toString()), null);
        }
        String database = PostgresAdmin.uniqueName("ip_it");
        PostgresAdmin.createDatabase(database);
        return new IsolatedDatabase(Map.of("APP_DATA_DIR", dataDir.toString(),
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresAdmin.urlOf(database),
                "QUARKUS_DATASOURCE_USERNAME", PostgresAdmin.user(),
                "QUARKUS_DATASOURCE_PASSWORD", ""), database);
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** The environment of a service with this database, reading {@code catalogue} unwatched; a copy to add to. */
    public Map<String, String> environment(CatalogueFolder catalogue) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("CATALOG_PATH", catalogue.root().toString());
        env.put("CATALOG_WATCH_MODE", "off");
        return env;
    }

    /** The PostgreSQL database's name; empty for H2. */
    public Optional<String> postgresDatabase() {
        return Optional.ofNullable(postgresDatabase);
    }

    @Override
    public void close() {
        if (postgresDatabase != null) {
            PostgresAdmin.dropDatabase(postgresDatabase);
        }
    }
}
