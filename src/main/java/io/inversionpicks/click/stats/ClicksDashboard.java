package io.inversionpicks.click.stats;

import io.quarkus.qute.TemplateInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The editors' statistics page (templates/ClicksDashboard.html).
 *
 * @param groupings the groupBy values offered as CSV downloads
 */
public record ClicksDashboard(String siteName, LocalDate from, LocalDate to, boolean includeBots, long total,
                              DayChart chart, List<ProductRow> topProducts, List<ChannelRow> channels,
                              String channelNote, List<String> groupings)
        implements TemplateInstance {

    /** @param share of all clicks in the range, e.g. "12.5%" */
    public record ProductRow(String id, String name, long clicks, String share) {
    }

    /** Clicks that arrived one way (redirect, ping, beacon). */
    public record ChannelRow(String channel, long clicks, String share) {
    }

    static String percent(long part, long total) {
        return total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }
}
