package io.inversionpicks.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One run of the retailer sync, on whichever replica the clustered scheduler picked. */
@Schema(name = "SyncRun")
public record SyncRun(
        @Schema(description = "The replica that ran it: host name and process id", example = "inversion-picks-7d9f/1")
        String instance,
        @Schema(description = "The scheduler's fire time; null when an operator asked for the run", nullable = true)
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt) {
}
