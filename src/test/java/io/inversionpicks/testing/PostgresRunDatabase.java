package io.inversionpicks.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.Map;

/**
 * In the PostgreSQL run of the suite (./mvnw verify -Ppostgresql) each test JVM gets a database of its own, named by
 * the profile in pg.run-database and used through quarkus.datasource.jdbc.url (unit tests) or the environment the
 * packaged jars inherit (*IT): it is created when the JVM's test session opens and dropped, with the databases of
 * {@link #ownDatabase}, when it closes. Without that property (the H2 run) this does nothing.
 */
public class PostgresRunDatabase implements LauncherSessionListener {

    static final String PROPERTY = "pg.run-database";
    private static final String URL = "quarkus.datasource.jdbc.url";

    /**
     * Config overrides that give a test profile a database of its own: in the H2 run a named in-memory database, in
     * the PostgreSQL run a database named after the run's, created on first use. Either lives as long as the JVM.
     */
    public static Map<String, String> ownDatabase(String name) {
        // Checked in the H2 run too, so a name PostgreSQL would refuse fails there, not only in CI's second run.
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database suffix must be lower-case letters, digits and _: " + name);
        }
        String run = System.getProperty(PROPERTY);
        if (run == null) {
            return Map.of(URL, "jdbc:h2:mem:inversion-picks-" + name + ";DB_CLOSE_DELAY=-1");
        }
        String database = run + "_" + name;
        PostgresAdmin.createDatabaseIfMissing(database);
        return Map.of(URL, PostgresAdmin.urlOf(database));
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String database = System.getProperty(PROPERTY);
        if (database != null) {
            PostgresAdmin.dropDatabase(database);
            PostgresAdmin.createDatabase(database);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        String database = System.getProperty(PROPERTY);
        if (database != null) {
            PostgresAdmin.dropDatabasesStartingWith(database + "_");
            PostgresAdmin.dropDatabase(database);
        }
    }
}
