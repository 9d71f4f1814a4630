package io.inversionpicks.startup;

import io.quarkus.quartz.QuartzScheduler;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Replicas register the cluster's scheduled jobs one at a time. Quarkus creates the Quartz scheduler by looking for
 * each job's trigger and inserting it when it is missing; on an empty database two replicas starting together both
 * find it missing, and the second insert fails with {@code ObjectAlreadyExistsException}, which stops that replica's
 * start. Each replica therefore takes a PostgreSQL advisory lock, creates the scheduler (so the second one finds the
 * first one's triggers and reschedules them), and lets the lock go with its transaction. The lock is the database's:
 * a replica killed while holding it releases it with its connection.
 */
@ApplicationScoped
public class ClusteredJobsRegistration {

    /** The advisory lock's key, shared by every replica of one database ("ipjobs" in ASCII). */
    public static final long LOCK_KEY = 0x69706a6f6273L;
    /** Before Quarkus starts the schedulers (PLATFORM_BEFORE), which creates the Quartz scheduler otherwise. */
    static final int BEFORE_THE_SCHEDULERS = Interceptor.Priority.PLATFORM_BEFORE - 1;
    /** Logged when another replica holds the lock. */
    public static final String WAITING = "Waiting for another replica to register the cluster's scheduled jobs";
    private static final String WAIT_LIMIT = "2min";
    /** PostgreSQL's SQLSTATE lock_not_available: the lock timeout passed. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Logger LOG = Logger.getLogger(ClusteredJobsRegistration.class);

    void register(@Observes @Priority(BEFORE_THE_SCHEDULERS) StartupEvent event,
                  @ConfigProperty(name = "quarkus.quartz.clustered") boolean clustered,
                  @Any Instance<QuartzScheduler> quartz, DataSource dataSource) throws SQLException {
        if (!clustered) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                // No advisory locks: Quarkus creates the scheduler as usual, unguarded.
                LOG.warn("Clustered scheduled jobs need PostgreSQL; replicas starting together may fail to register them");
                return;
            }
            connection.setAutoCommit(false);
            try {
                lock(connection, WAIT_LIMIT);
                // A @Singleton: looking it up creates it, which registers the jobs while the lock is held. @Any because
                // with the composite scheduler Quartz is a qualified constituent; without it nothing resolves.
                quartz.get();
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    static void lock(Connection connection, String waitLimit) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (queryBoolean(statement, "select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")) {
                return;
            }
            LOG.infof(WAITING + " (at most %s)", waitLimit);
            statement.execute("set local lock_timeout = '" + waitLimit + "'");
            statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw new IllegalStateException(stuck(waitLimit), e);
            }
            throw e;
        }
    }

    /** What the operator reads when the wait is over: who holds the lock, and how it goes. */
    static String stuck(String waitLimit) {
        return ("Another replica has held the lock that registers the cluster's scheduled jobs for over %s, so this "
                + "one stops starting. A replica stuck (or very slow) in its start holds it; the lock goes when that "
                + "replica's database connection ends (stop the replica, or pg_terminate_backend(pid)). Find it, "
                + "connected to this database, with: select a.pid, a.application_name, a.backend_start, a.state "
                + "from pg_locks l join pg_stat_activity a using (pid) where l.locktype = 'advisory' and l.granted "
                + "and l.classid = %d and l.objid = %d and l.objsubid = 1 "
                + "and l.database = (select oid from pg_database where datname = current_database())")
                .formatted(waitLimit, LOCK_KEY >>> 32, LOCK_KEY & 0xffffffffL);
    }

    private static boolean queryBoolean(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
