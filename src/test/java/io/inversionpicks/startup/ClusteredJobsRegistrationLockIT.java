package io.inversionpicks.startup;

import io.inversionpicks.testing.PostgresAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A replica that waits longer than the limit for the scheduled-jobs registration lock stops with a message of its
 * own, not PostgreSQL's bare "canceling statement due to lock timeout", and the query in that message finds the
 * connection that holds the lock. (The two-replica start itself: MultiInstancePostgresIT.)
 */
@EnabledIfSystemProperty(named = PostgresAdmin.IT_DB_KIND, matches = "postgresql",
        disabledReason = "needs PostgreSQL: ./mvnw verify -Ppostgresql")
class ClusteredJobsRegistrationLockIT {

    private String database;

    @BeforeEach
    void createDatabase() {
        database = PostgresAdmin.uniqueName("ip_jobs_lock");
        PostgresAdmin.createDatabase(database);
    }

    @AfterEach
    void dropDatabase() {
        PostgresAdmin.dropDatabase(database);
    }

    @Test
    void aReplicaThatWaitsTooLongSaysWhoHoldsTheLock() throws Exception {
        String neighbour = PostgresAdmin.uniqueName("ip_jobs_lock_other");
        PostgresAdmin.createDatabase(neighbour);
        try (Connection stuckReplica = PostgresAdmin.connect(database);
             Statement holding = stuckReplica.createStatement();
             Connection waitingReplica = PostgresAdmin.connect(database);
             Connection otherDeployment = PostgresAdmin.connect(neighbour);
             Statement otherHolding = otherDeployment.createStatement();
             Connection starting = PostgresAdmin.connect(database);
             Statement operator = starting.createStatement()) {
            holding.execute("select pg_advisory_lock(" + ClusteredJobsRegistration.LOCK_KEY + ")");
            int holder = intResult(holding, "select pg_backend_pid()");
            // The same key held in another database on the server, and another replica queued for this one's:
            // the operator's query must name neither.
            otherHolding.execute("select pg_advisory_lock(" + ClusteredJobsRegistration.LOCK_KEY + ")");
            CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> {
                try (Statement waiting = waitingReplica.createStatement()) {
                    return waiting.execute("select pg_advisory_lock(" + ClusteredJobsRegistration.LOCK_KEY + ")");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> intResult(operator,
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted") == 1);

            starting.setAutoCommit(false);
            assertThatThrownBy(() -> ClusteredJobsRegistration.lock(starting, "200ms"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(ClusteredJobsRegistration.stuck("200ms"));
            starting.rollback();
            starting.setAutoCommit(true);

            String message = ClusteredJobsRegistration.stuck("200ms");
            assertThat(intResults(operator, message.substring(message.indexOf("select a.pid"))))
                    .as("the pids the operator's query finds").containsExactly(holder);

            holding.execute("select pg_advisory_unlock(" + ClusteredJobsRegistration.LOCK_KEY + ")");
            assertThat(queued.get(10, TimeUnit.SECONDS)).as("the queued replica then gets the lock").isTrue();
        } finally {
            PostgresAdmin.dropDatabase(neighbour);
        }
    }

    @Test
    void theLockIsTakenAtOnceWhenNobodyHoldsIt() throws Exception {
        try (Connection starting = PostgresAdmin.connect(database)) {
            starting.setAutoCommit(false);
            ClusteredJobsRegistration.lock(starting, "200ms");
            try (Statement statement = starting.createStatement()) {
                assertThat(intResult(statement, "select count(*) from pg_locks where locktype = 'advisory'"
                        + " and pid = pg_backend_pid()")).isEqualTo(1);
            }
            starting.commit();
        }
    }

    private static List<Integer> intResults(Statement statement, String sql) throws Exception {
        List<Integer> values = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getInt(1));
            }
        }
        return values;
    }

    private static int intResult(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getInt(1);
        }
    }
}
