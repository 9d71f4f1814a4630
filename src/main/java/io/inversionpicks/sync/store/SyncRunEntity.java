package io.inversionpicks.sync.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One run of the retailer sync (table {@code sync_run}, see V7__sync_runs.sql). */
@Entity
@Table(name = "sync_run")
public class SyncRunEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String instance;

    @Column(name = "scheduled_for")
    public Instant scheduledFor;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    /** Each source's report, as JSON. */
    @Column(nullable = false)
    public String sources;

    StoredSyncRun toRecord() {
        return new StoredSyncRun(id, instance, scheduledFor, startedAt, finishedAt, sources);
    }
}
