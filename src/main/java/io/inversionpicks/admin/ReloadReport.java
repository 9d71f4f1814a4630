package io.inversionpicks.admin;

import io.inversionpicks.catalog.ReloadOutcome;
import io.inversionpicks.catalog.store.VersionInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a forced reload that found valid files: a new version, or the same one as before. */
@Schema(name = "CatalogueReload")
public record ReloadReport(
        @Schema(enumeration = {"published", "unchanged"}) ReloadOutcome outcome,
        @Schema(description = "The version serving now") VersionInfo version,
        @Schema(example = "85") long tookMs) {
}
