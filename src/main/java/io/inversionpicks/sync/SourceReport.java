package io.inversionpicks.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One source's last run.
 *
 * @param updated   offers whose data changed
 * @param unchanged offers whose data is the same as before (only the fetch time moved)
 * @param failed    offers the source could not answer for (the call failed): their previous data is kept
 * @param unmatched offers the source answered for without data (unknown ASIN, no listing): shown without a price
 */
@Schema(name = "SyncSourceReport")
public record SourceReport(
        @Schema(example = "amazon-api") String source,
        @Schema(description = "Whether the source is set up; without it nothing is fetched") boolean configured,
        Instant startedAt,
        Instant finishedAt,
        int updated,
        int unchanged,
        int failed,
        int unmatched,
        @Schema(description = "What went wrong, first ones first; empty after a clean run") List<String> errors) {

    static final int MAX_ERRORS = 20;

    public SourceReport {
        errors = List.copyOf(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
    }

    static SourceReport notConfigured(String source, String why) {
        return new SourceReport(source, false, null, null, 0, 0, 0, 0, List.of(why));
    }
}
