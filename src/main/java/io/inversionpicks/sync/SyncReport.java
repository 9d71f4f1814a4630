package io.inversionpicks.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /admin/sync}: each source's last run, the cluster's recent runs, when the next one is due, and how old
 * the oldest retailer data shown to readers is. Any replica answers for the cluster: runs are stored.
 */
@Schema(name = "SyncReport")
public record SyncReport(
        List<SourceReport> sources,
        @Schema(description = "The latest runs first, on whichever replica ran them") List<SyncRun> recentRuns,
        @Schema(description = "When the scheduled sync runs next; null when it is off", nullable = true)
        Instant nextRun,
        @Schema(description = "Fetch time of the oldest retailer data readers see; null when they see none",
                nullable = true) Instant oldestShownFetchedAt,
        @Schema(description = "Its age in seconds", nullable = true) Long oldestShownAgeSeconds) {
}
