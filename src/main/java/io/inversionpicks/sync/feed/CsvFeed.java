package io.inversionpicks.sync.feed;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads CSV and TSV feeds one line at a time. Lines are read as plain arrays, and the header is matched here rather
 * than by a Jackson header schema, so that a row with more values than the header (a comma nobody quoted) is one bad
 * row instead of an exception that ends the feed.
 */
final class CsvFeed {

    private static final ObjectReader LINES = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .build().readerFor(String[].class);

    private CsvFeed() {
    }

    static void read(FeedStart start, FeedFormat format, FeedMapping mapping, FeedTally tally) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(format == FeedFormat.TSV ? '\t' : ',');
        if (format == FeedFormat.TSV) {
            schema = schema.withoutQuoteChar();
        }
        try {
            Reader text = new InputStreamReader(start.text(), start.charset());
            try (MappingIterator<String[]> lines = LINES.with(schema).readValues(text)) {
                if (!lines.hasNextValue()) {
                    throw new FeedException(format, "the feed is empty: not even a header row");
                }
                Map<String, Integer> columns = columns(lines.nextValue(), format, mapping);
                while (lines.hasNextValue()) {
                    String[] values = lines.nextValue();
                    int extra = extraValues(values, columns.size());
                    if (extra > 0) {
                        tally.unreadable("row", "has " + values.length + " values but the header has "
                                + columns.size() + " columns; a value may hold an unquoted "
                                + (format == FeedFormat.TSV ? "tab" : "comma"));
                    } else {
                        tally.record(field -> {
                            Integer column = columns.get(key(field));
                            return column == null || column >= values.length ? null : values[column];
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw FeedErrors.broken(format, e);
        }
    }

    /** Header name (as {@link #key}) to column index; the first of two equal names counts. */
    private static Map<String, Integer> columns(String[] header, FeedFormat format, FeedMapping mapping) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(key(header[i]), i);
        }
        // A header is checked once, so a misspelt column name stops the feed with one clear message instead of
        // making every row bad or every availability unknown.
        List<String> missing = Stream.of(mapping.productUrl(), mapping.sku(), mapping.gtin(), mapping.price(),
                        mapping.currency(), mapping.availability(), mapping.imageUrl())
                .filter(field -> field != null && !columns.containsKey(key(field))).toList();
        if (!missing.isEmpty()) {
            String otherSeparator = format == FeedFormat.TSV ? "," : "\t";
            String hint = header.length == 1 && header[0].contains(otherSeparator)
                    ? "; the header is one column holding " + (format == FeedFormat.TSV ? "commas: is this CSV?"
                    : "tabs: is this TSV?") : "";
            throw new FeedException(format, "the header has no column " + String.join(", ", missing)
                    + " (its columns: " + FeedProblem.quoted(String.join(", ", header)) + ")" + hint, 1, -1, null);
        }
        return columns;
    }

    /** Values beyond the header's columns; empty ones are a trailing separator, which many exports write. */
    private static int extraValues(String[] values, int columns) {
        int extra = 0;
        for (int i = columns; i < values.length; i++) {
            if (!values[i].isBlank()) {
                extra++;
            }
        }
        return extra;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
