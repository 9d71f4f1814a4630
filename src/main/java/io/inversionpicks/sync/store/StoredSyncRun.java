package io.inversionpicks.sync.store;

import java.time.Instant;

/**
 * One stored run of the retailer sync.
 *
 * @param scheduledFor the scheduler's fire time; null when an operator asked for the run
 * @param sourcesJson  each source's report, as JSON
 */
public record StoredSyncRun(long id, String instance, Instant scheduledFor, Instant startedAt, Instant finishedAt,
                            String sourcesJson) {
}
