package io.inversionpicks.sync.feed;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds are read as they arrive: the first row reaches the consumer after a few kilobytes of a feed of many megabytes,
 * and the whole feed is read to the end with the right counts. Every 1000th record has a bad price.
 */
class FeedStreamingTest {

    static final FeedMapping MAPPING = FeedMapping.fields("url", "sku", "gtin", "price", "currency",
            "availability", "image", "USD").withItemElement("product").withArrayProperty("products");

    @Test
    void aLargeCsvFeedIsStreamed() {
        long records = 300_000;
        GeneratedFeed feed = new GeneratedFeed("url,sku,gtin,price,currency,availability,image\n",
                n -> "https://shop.example/p/" + n + ",SKU-" + n + ",," + price(n)
                        + ",USD,in stock,https://img.example/" + n + ".jpg\n", records, "");

        assertStreamed(FeedFormat.CSV, feed, records);
    }

    @Test
    void aLargeTsvFeedIsStreamed() {
        long records = 100_000;
        GeneratedFeed feed = new GeneratedFeed("url\tsku\tgtin\tprice\tcurrency\tavailability\timage\n",
                n -> "https://shop.example/p/" + n + "\tSKU-" + n + "\t\t" + price(n) + "\tUSD\t1\t\n", records, "");

        assertStreamed(FeedFormat.TSV, feed, records);
    }

    @Test
    void aLargeXmlFeedIsStreamed() {
        long records = 100_000;
        GeneratedFeed feed = new GeneratedFeed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<products>\n",
                n -> "<product><url>https://shop.example/p/" + n + "</url><sku>SKU-" + n + "</sku><price>"
                        + price(n) + "</price><availability>in stock</availability></product>\n",
                records, "</products>\n");

        assertStreamed(FeedFormat.XML, feed, records);
    }

    @Test
    void aLargeJsonFeedIsStreamed() {
        long records = 100_000;
        GeneratedFeed feed = new GeneratedFeed("{\"products\": [\n",
                n -> (n == 1 ? "" : ",\n") + "{\"url\": \"https://shop.example/p/" + n + "\", \"sku\": \"SKU-" + n
                        + "\", \"price\": \"" + price(n) + "\", \"availability\": \"InStock\"}",
                records, "\n], \"count\": " + records + "}\n");

        assertStreamed(FeedFormat.JSON, feed, records);
    }

    private static String price(long n) {
        return n % 1000 == 0 ? "n/a" : (100 + n % 500) + ".99";
    }

    private static void assertStreamed(FeedFormat format, GeneratedFeed feed, long records) {
        RowWatch watch = new RowWatch(feed);

        FeedReport report = new FeedReader(format, MAPPING).read(feed, watch);

        long bad = records / 1000;
        assertThat(report).extracting(FeedReport::rowsRead, FeedReport::rowsAccepted, FeedReport::badRows)
                .containsExactly(records, records - bad, bad);
        assertThat(report.problems()).hasSize(FeedReader.PROBLEMS_KEPT).first().extracting(FeedProblem::record)
                .isEqualTo(1000L);
        assertThat(watch.rows).isEqualTo(records - bad);
        assertThat(watch.last.record()).isEqualTo(records - 1);
        assertThat(watch.last.sku()).isEqualTo("SKU-" + (records - 1));
        assertThat(watch.last.price()).isEqualByComparingTo(new BigDecimal((100 + (records - 1) % 500) + ".99"));
        long total = feed.produced();
        assertThat(total).as("the whole feed was read").isGreaterThan(records * 30);
        assertThat(watch.producedAtFirstRow)
                .as("bytes produced when row 1 arrived, of %d", total)
                .isPositive()
                .isLessThan(total / 100)
                .isLessThan(64 * 1024);
    }

    /** Counts rows and notes how far the feed had been produced when the first one came. */
    private static final class RowWatch implements Consumer<FeedRow> {
        private final GeneratedFeed feed;
        long producedAtFirstRow = -1;
        long rows;
        FeedRow last;

        RowWatch(GeneratedFeed feed) {
            this.feed = feed;
        }

        @Override
        public void accept(FeedRow row) {
            if (rows++ == 0) {
                producedAtFirstRow = feed.produced();
            }
            last = row;
        }
    }

}
