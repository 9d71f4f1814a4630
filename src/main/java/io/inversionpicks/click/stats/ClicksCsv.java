package io.inversionpicks.click.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.inversionpicks.click.store.Channel;
import io.inversionpicks.click.store.ClickStore.Count;
import io.inversionpicks.click.store.Grouping;

import java.util.List;

/**
 * Click statistics as CSV for spreadsheets: a header row ({@code <groupBy>,clicks}, plus {@code counting} by channel),
 * then one row per group.
 */
final class ClicksCsv {

    /** Quotes only the values that need it, so ids and URLs stay readable. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private ClicksCsv() {
    }

    static String write(ClickStats stats) {
        boolean byChannel = stats.groupBy().equals(Grouping.CHANNEL.param());
        CsvSchema.Builder columns = CsvSchema.builder().addColumn(stats.groupBy()).addColumn("clicks");
        // A spreadsheet has no room for the page's note: by channel, each row says how far its count can be trusted.
        CsvSchema schema = (byChannel ? columns.addColumn("counting") : columns).build().withHeader();
        List<Object[]> rows = stats.rows().stream().map(r -> byChannel
                ? new Object[] {r.key(), r.clicks(), Channel.REDIRECT.slug().equals(r.key()) ? "exact" : "lower bound"}
                : new Object[] {r.key(), r.clicks()}).toList();
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    static String fileName(ClickStats stats) {
        return "clicks-by-" + stats.groupBy() + "-" + stats.from() + "-to-" + stats.to() + ".csv";
    }
}
