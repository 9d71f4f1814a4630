package io.inversionpicks.sync.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The retailer sync's recent runs, shared by every replica through the database: the one the clustered scheduler
 * picked records its run here, and the others notice the new run (a cheap query on a timer, never per request) and
 * show the data it stored.
 */
@ApplicationScoped
public class SyncRunStore {

    /** Enough history to see a pattern of failures across a day of hourly runs, without growing forever. */
    static final int KEPT = 50;

    private final EntityManager em;

    public SyncRunStore(EntityManager em) {
        this.em = em;
    }

    /** Stores a finished run, forgets the oldest beyond {@link #KEPT}, and answers with the run's id. */
    @Transactional
    public long record(String instance, Instant scheduledFor, Instant startedAt, Instant finishedAt,
                       String sourcesJson) {
        SyncRunEntity run = new SyncRunEntity();
        run.instance = instance;
        run.scheduledFor = scheduledFor;
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        run.sources = sourcesJson;
        em.persist(run);
        em.flush();
        em.createQuery("delete from SyncRunEntity r where r.id <= :oldest")
                .setParameter("oldest", run.id - KEPT).executeUpdate();
        return run.id;
    }

    /** The newest run's id, 0 when none was recorded: what replicas compare to know whether to show new data. */
    @Transactional
    public long latestId() {
        Long latest = em.createQuery("select max(r.id) from SyncRunEntity r", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Whether a run for this fire time of the scheduler was recorded. */
    @Transactional
    public boolean recordedFor(Instant scheduledFor) {
        return em.createQuery("select count(r) from SyncRunEntity r where r.scheduledFor = :fireTime", Long.class)
                .setParameter("fireTime", scheduledFor).getSingleResult() > 0;
    }

    @Transactional
    public Optional<StoredSyncRun> latest() {
        return recent(1).stream().findFirst();
    }

    /** The newest runs first. */
    @Transactional
    public List<StoredSyncRun> recent(int limit) {
        return em.createQuery("select r from SyncRunEntity r order by r.id desc", SyncRunEntity.class)
                .setMaxResults(limit).getResultList().stream().map(SyncRunEntity::toRecord).toList();
    }
}
