package io.inversionpicks.testing;

import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Creates and drops databases on the PostgreSQL server of the PostgreSQL test run, so that test JVMs and packaged-jar
 * tests never share rows with each other, with other runs, or with other users of the server. The connection comes
 * from the system properties the postgresql Maven profile sets (pg.test.url, pg.test.user).
 */
public final class PostgresAdmin {

    /** Set by the postgresql Maven profile for the *IT tests, whose packaged jar is then a PostgreSQL build. */
    public static final String IT_DB_KIND = "it.db-kind";

    private PostgresAdmin() {
    }

    public static boolean packagedJarUsesPostgres() {
        return "postgresql".equals(System.getProperty(IT_DB_KIND));
    }

    /** A database name no other run uses: prefix, then random hex. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** JDBC URL of a database on the test server, e.g. one created by {@link #createDatabase}. */
    public static String urlOf(String database) {
        String admin = adminUrl();
        return admin.substring(0, admin.lastIndexOf('/') + 1) + database;
    }

    public static String user() {
        return System.getProperty("pg.test.user", "postgres");
    }

    public static void createDatabase(String name) {
        execute("create database " + checked(name));
    }

    /** Creates the database unless it exists; safe to call again while an application uses it. */
    public static void createDatabaseIfMissing(String name) {
        if (databasesWhere("datname = ?", checked(name)).isEmpty()) {
            createDatabase(name);
        }
    }

    /** Drops every database whose name starts with the prefix, such as those a run created for test profiles. */
    public static void dropDatabasesStartingWith(String prefix) {
        String pattern = checked(prefix).replace("_", "\\_") + "%";
        databasesWhere("datname like ?", pattern).forEach(PostgresAdmin::dropDatabase);
    }

    /** Drops the database even while a killed or still running test process holds connections to it. */
    public static void dropDatabase(String name) {
        execute("drop database if exists " + checked(name) + " with (force)");
    }

    public static Connection connect(String database) throws SQLException {
        return open(urlOf(database));
    }

    private static void execute(String sql) {
        try (Connection connection = open(adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + adminUrl() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> databasesWhere(String condition, String value) {
        List<String> names = new ArrayList<>();
        try (Connection connection = open(adminUrl());
             PreparedStatement query = connection.prepareStatement(
                     "select datname from pg_database where " + condition)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list databases on " + adminUrl() + ": " + e.getMessage(), e);
        }
        return names;
    }

    /**
     * The driver is called directly: DriverManager refuses drivers from another class loader than its caller's, and
     * Quarkus loads test classes (and test profiles) in class loaders of its own.
     */
    private static Connection open(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        return new Driver().connect(url, properties);
    }

    private static String adminUrl() {
        return System.getProperty("pg.test.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String checked(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }
}
