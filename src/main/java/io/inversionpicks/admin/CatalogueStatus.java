package io.inversionpicks.admin;

import io.inversionpicks.catalog.ReloadOutcome;
import io.inversionpicks.catalog.ReloadTrigger;
import io.inversionpicks.catalog.store.VersionInfo;
import io.inversionpicks.common.Problem.ProblemError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What editors need to know about the live catalogue: which version serves, since when and from which files, and
 * why the last edit was rejected, if it was.
 */
@Schema(name = "CatalogueStatus")
public record CatalogueStatus(
        @Schema(description = "The catalogue folder the service reads", example = "/data/catalog") String folder,
        WatchStatus watch,
        @Schema(description = "The version readers get now") VersionInfo current,
        @Schema(description = "When this process started serving it") Instant loadedAt,
        @Schema(description = "false while the files on disk are rejected and the last good version keeps serving")
        boolean filesValid,
        Attempt lastAttempt,
        @Schema(description = "A reload reading the files right now; null if none", nullable = true) Reloading reloading,
        @Schema(description = "The most recent rejected load since start; null if none")
        RejectedLoad lastRejected,
        @Schema(description = "Recently published versions, newest first") List<VersionSummary> history) {

    @Schema(name = "CatalogueWatch")
    public record WatchStatus(
            @Schema(enumeration = {"auto", "events", "poll", "off"}) String mode,
            @Schema(description = "How changes are noticed now", example = "[\"events\", \"poll\"]")
            List<String> active) {
    }

    @Schema(name = "CatalogueReloadAttempt")
    public record Attempt(Instant at, ReloadTrigger trigger, ReloadOutcome outcome, long tookMs) {
    }

    @Schema(name = "CatalogueReloadRunning")
    public record Reloading(Instant since, ReloadTrigger trigger) {
    }

    @Schema(name = "CatalogueRejectedLoad")
    public record RejectedLoad(Instant at, ReloadTrigger trigger, int errorCount,
                               @Schema(description = "Every problem, each with file, line, column and field")
                               List<ProblemError> errors) {
    }

    @Schema(name = "CatalogueVersionSummary")
    public record VersionSummary(long id, String label, String contentHash, Instant publishedAt, int productCount,
                                 @Schema(description = "Files added, changed or removed since the version before")
                                 List<String> changedFiles) {

        static VersionSummary of(VersionInfo version) {
            return new VersionSummary(version.id(), version.label(), version.contentHash(), version.publishedAt(),
                    version.productCount(), version.changedFiles());
        }
    }
}
