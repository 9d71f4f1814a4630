package io.inversionpicks.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * In the PostgreSQL run of the suite (./mvnw verify -Ppostgresql) each test JVM gets a database of its own, named by
 * the profile in pg.run-database and used through quarkus.datasource.jdbc.url (unit tests) or the environment the
 * packaged jars inherit (*IT): it is created when the JVM's test session opens and dropped when it closes. Without
 * that property (the H2 run) this does nothing.
 */
public class PostgresRunDatabase implements LauncherSessionListener {

    static final String PROPERTY = "pg.run-database";

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
            PostgresAdmin.dropDatabase(database);
        }
    }
}
