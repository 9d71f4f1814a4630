package io.inversionpicks.click.stats;

import io.inversionpicks.click.store.ClickStore.Count;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Click counts for editors: one row per group, over a range of days. */
@Schema(name = "ClickStats")
public record ClickStats(
        @Schema(enumeration = {"day", "product", "retailer", "placement", "post"}, example = "product") String groupBy,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-23") LocalDate to,
        @Schema(description = "Whether clicks from potential bots are counted") boolean includeBots,
        @Schema(description = "All clicks in the range, whatever the limit", example = "1234") long total,
        @Schema(description = "Busiest first; for day, every day of the range in order, with zeros") List<Count> rows) {

    public ClickStats {
        rows = List.copyOf(rows);
    }
}
