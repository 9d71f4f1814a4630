package io.inversionpicks.catalog.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Identity of a published catalogue version.
 *
 * @param label  short content hash, shown to readers and in ETags
 * @param source where this process got it: "files", or "database" when the files on disk were broken at start-up
 */
@Schema(name = "CatalogueVersion")
public record VersionInfo(
        @Schema(example = "3") long id,
        @Schema(example = "5f1c2a9be07d") String label,
        String contentHash,
        Instant publishedAt,
        @Schema(example = "19") int productCount,
        List<String> files,
        List<String> changedFiles,
        @Schema(enumeration = {"files", "database"}) String source) {

    public VersionInfo {
        files = List.copyOf(files);
        changedFiles = List.copyOf(changedFiles);
    }
}
