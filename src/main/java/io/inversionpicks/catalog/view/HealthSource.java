package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published source behind a piece of health advice: a study, a guideline, a manufacturer's manual or teaching
 * material. Every condition and product caution the service warns about names at least one, so a reader (and an editor)
 * can check where the advice comes from. The constants are in {@link HealthSources}; the reasons for each decision are
 * in {@code src/docs/health-sources.md}.
 *
 * @param year null when the source is undated (teaching pages often are)
 */
@Schema(name = "HealthSource", description = "Where a piece of health advice comes from")
public record HealthSource(
        @Schema(example = "Ocular manifestations of gravity inversion") String title,
        @Schema(description = "The journal, publisher or organisation", example = "JAMA 253(12):1755-1757")
        String publisher,
        @Schema(nullable = true, example = "1985") Integer year,
        @Schema(description = "An https address of the source or a stored copy of it",
                example = "https://doi.org/10.1001/jama.1985.03350360081023") String url) {

    public HealthSource {
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException("a health source needs an https URL: " + url);
        }
    }
}
