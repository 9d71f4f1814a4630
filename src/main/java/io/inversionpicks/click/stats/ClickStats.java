package io.inversionpicks.click.stats;

import io.inversionpicks.click.store.ClickStore.Count;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Click counts for editors: one row per group, over a range of days. */
@Schema(name = "ClickStats")
public record ClickStats(
        @Schema(enumeration = {"day", "product", "retailer", "placement", "post", "channel"}, example = "product")
        String groupBy,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-23") LocalDate to,
        @Schema(description = "Whether clicks from potential bots are counted") boolean includeBots,
        @Schema(description = "All clicks in the range, whatever the limit", example = "1234") long total,
        @Schema(description = "Busiest first; for day, every day of the range in order, with zeros") List<Count> rows,
        @Schema(description = "Clicks in the range by how they arrived: redirect (a /go link), ping (<a ping>) and "
                + "beacon (navigator.sendBeacon), each listed, with zeros") List<Count> channels,
        @Schema(description = "How far to trust the channels", example = "Ping and beacon counts are a lower bound")
        String channelNote) {

    /** Why the ping and beacon counts may be low; shown by every representation of the statistics. */
    public static final String CHANNEL_NOTE = "Ping and beacon counts are a lower bound: they are reports the reader's browser sends when following a direct link (Amazon's links may not redirect), and browsers or blockers may drop them (Firefox ignores <a ping>; the widget's beacon covers it unless blocked). Redirect counts are exact.";

    public ClickStats {
        rows = List.copyOf(rows);
        channels = List.copyOf(channels);
    }
}
