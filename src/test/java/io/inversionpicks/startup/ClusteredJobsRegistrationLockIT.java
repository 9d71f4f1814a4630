package io.inversionpicks.startup;

import io.inversionpicks.testing.PostgresAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        try (Connection stuckReplica = PostgresAdmin.connect(database);
             Statement holding = stuckReplica.createStatement();
             Connection starting = PostgresAdmin.connect(database)) {
            holding.execute("select pg_advisory_lock(" + ClusteredJobsRegistration.LOCK_KEY + ")");
            int holder = intResult(holding, "select pg_backend_pid()");
            starting.setAutoCommit(false);

            assertThatThrownBy(() -> ClusteredJobsRegistration.lock(starting, "200ms"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(ClusteredJobsRegistration.stuck("200ms"));
            starting.rollback();

            String message = ClusteredJobsRegistration.stuck("200ms");
            String query = message.substring(message.indexOf("select a.pid"));
            try (Statement operator = starting.createStatement()) {
                assertThat(intResult(operator, query)).as("the pid the operator's query finds").isEqualTo(holder);
            }
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

    private static int intResult(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getInt(1);
        }
    }
}
