package io.inversionpicks.sync.feed;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a retailer's product feed, streaming: one record at a time reaches the consumer while the rest of the feed is
 * still unread, so a feed of any size needs the memory of one product. Bad rows are counted, reported and skipped;
 * a feed that cannot be read as a whole ends in a {@link FeedException}. Thread-safe, and cheap to create.
 * <pre>{@code
 * FeedMatcher matcher = FeedMatcher.forRetailer("walmart", catalogueOffers, MatchBy.URL);
 * FeedReport report = new FeedReader(FeedFormat.CSV, mapping).read(body, matcher);
 * FeedVerdict verdict = FeedVerdict.judge(report, matcher.matches());
 * }</pre>
 */
public final class FeedReader {

    /** How many problems a report keeps; the count of bad rows covers the rest. */
    public static final int PROBLEMS_KEPT = 20;

    private final FeedFormat format;
    private final FeedMapping mapping;

    /** @throws IllegalArgumentException for an XML feed whose mapping names no item element */
    public FeedReader(FeedFormat format, FeedMapping mapping) {
        this.format = Objects.requireNonNull(format, "format");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        if (format == FeedFormat.XML && mapping.itemElement() == null) {
            throw new IllegalArgumentException("an XML feed needs the name of the element that holds one product "
                    + "(FeedMapping.withItemElement)");
        }
    }

    /**
     * Reads the whole feed, in UTF-8 unless a byte order mark (or, for XML, the declaration) says otherwise, and hands
     * each good row to {@code rows}, in feed order, on the calling thread. The stream is not closed. An exception
     * thrown by {@code rows} ends the reading and reaches the caller as it is.
     *
     * @throws FeedException when the feed is empty, is an HTML page, is cut off, is not valid in its format, or cannot
     *                       be read to the end; the rows already handed on then belong to a broken feed
     */
    public FeedReport read(InputStream feed, Consumer<? super FeedRow> rows) {
        Objects.requireNonNull(rows, "rows");
        FeedStart start = FeedStart.open(Objects.requireNonNull(feed, "feed"), format);
        FeedTally tally = new FeedTally(format, new FeedRows(mapping), rows);
        switch (format) {
            case CSV, TSV -> CsvFeed.read(start, format, mapping, tally);
            case XML -> XmlFeed.read(start, mapping, tally);
            case JSON -> JsonFeed.read(start, mapping, tally);
        }
        return tally.report();
    }
}
