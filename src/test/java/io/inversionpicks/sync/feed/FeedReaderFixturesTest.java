package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static io.inversionpicks.catalog.model.Availability.IN_STOCK;
import static io.inversionpicks.catalog.model.Availability.OUT_OF_STOCK;
import static io.inversionpicks.catalog.model.Availability.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One feed of the fictional retailer Hangwell Outfitters per format, as its networks would export it. */
class FeedReaderFixturesTest {

    static final FeedMapping AWIN_CSV = FeedMapping.fields("merchant_deep_link", "merchant_product_id", "ean",
            "search_price", "currency", "in_stock", "merchant_image_url", "USD");
    static final FeedMapping IMPACT_TSV = FeedMapping.fields("Url", "SKU", "GTIN", "Current Price", "Currency",
            "Stock Availability", "Image Url", "USD");
    static final FeedMapping RAKUTEN_XML = FeedMapping.fields("link", "id", "gtin", "price", "price.currency",
            "availability", "image_link", "USD").withItemElement("item");
    static final FeedMapping WALMART_JSON = FeedMapping.fields("productUrl", "itemId", "upc", "salePrice",
            "currency", "stock", "largeImage", "USD").withArrayProperty("items");

    @Test
    void csvRowsAreReadWithQuotedCommasQuotesAndLineBreaks() {
        List<FeedRow> rows = new ArrayList<>();
        FeedReport report = read("hangwell-awin.csv", FeedFormat.CSV, AWIN_CSV, rows::add);

        assertThat(report).as("%s", report.problems()).extracting(FeedReport::rowsRead, FeedReport::rowsAccepted, FeedReport::badRows)
                .containsExactly(9L, 6L, 3L);
        assertThat(rows).extracting(FeedRow::record, FeedRow::sku, FeedRow::currency, FeedRow::availability)
                .containsExactly(
                        tuple(1L, "HW-300", "USD", IN_STOCK),
                        tuple(2L, "HW-120", "USD", IN_STOCK),
                        tuple(3L, "HW-050", "USD", OUT_OF_STOCK),
                        tuple(7L, "HW-700", "EUR", OUT_OF_STOCK),
                        tuple(8L, "HW-901", "USD", UNKNOWN),
                        tuple(9L, "HW-902", "USD", OUT_OF_STOCK));
        assertThat(rows.get(0)).isEqualTo(new FeedRow(1, "https://www.hangwell.example/p/pro-300", "HW-300",
                "0851384006058", new BigDecimal("549.00"), "USD", IN_STOCK, "https://img.hangwell.example/pro-300.jpg"));
        assertThat(rows.get(1).price()).isEqualByComparingTo("129.99");
        assertThat(rows.get(1).imageUrl()).as("an ftp image link is dropped").isNull();
        assertThat(rows.get(1).productUrl()).isEqualTo("https://hangwell.example/p/lite/?utm_source=awin&gclid=abc");
        assertThat(rows.get(2).price()).as("1,299.99 in a quoted field").isEqualByComparingTo("1299.99");
        assertThat(rows.get(3).price()).isEqualByComparingTo("499.00");
        assertThat(rows.get(5).price()).as("out of stock, and no price in the feed").isNull();
        assertThat(report.problems()).extracting(FeedProblem::record, FeedProblem::field, FeedProblem::message)
                .containsExactly(
                        tuple(4L, "search_price",
                                "search_price: 'abc' is not a price like 549.00, 1,299.99 or USD 549.00"),
                        tuple(5L, "merchant_deep_link/merchant_product_id/ean", "merchant_deep_link/"
                                + "merchant_product_id/ean: none given, so the row cannot be matched to a catalogue offer"),
                        tuple(6L, "search_price",
                                "search_price: '0' is zero, which feeds write when they have no price"));
    }

    @Test
    void tsvValuesMayHoldQuotesAndCommasBecauseOnlyTabsSeparate() {
        List<FeedRow> rows = new ArrayList<>();
        FeedReport report = read("hangwell-impact.tsv", FeedFormat.TSV, IMPACT_TSV, rows::add);

        assertThat(report).as("%s", report.problems()).extracting(FeedReport::rowsRead, FeedReport::rowsAccepted, FeedReport::badRows)
                .containsExactly(5L, 3L, 2L);
        assertThat(rows).extracting(FeedRow::record, FeedRow::gtin, FeedRow::price, FeedRow::currency,
                        FeedRow::availability, FeedRow::imageUrl)
                .containsExactly(
                        tuple(1L, "851384006058", new BigDecimal("549.00"), "USD", IN_STOCK,
                                "http://img.hangwell.example/foam.jpg"),
                        tuple(2L, null, new BigDecimal("1049.50"), "USD", IN_STOCK, null),
                        tuple(5L, null, new BigDecimal("199"), "GBP", OUT_OF_STOCK, null));
        assertThat(report.problems()).extracting(FeedProblem::record, FeedProblem::field, FeedProblem::message)
                .containsExactly(
                        tuple(3L, "Current Price", "Current Price: '-12.00' is negative"),
                        tuple(4L, "GTIN", "GTIN: 'ABC123' is not a GTIN (8 to 14 digits)"));
    }

    @Test
    void xmlItemsAreReadByLocalNameWithAttributesAndRepeatedElements() {
        List<FeedRow> rows = new ArrayList<>();
        FeedReport report = read("hangwell-rakuten.xml", FeedFormat.XML, RAKUTEN_XML, rows::add);

        assertThat(report).as("%s", report.problems()).extracting(FeedReport::rowsRead, FeedReport::rowsAccepted, FeedReport::badRows)
                .containsExactly(5L, 3L, 2L);
        assertThat(rows).containsExactly(
                new FeedRow(1, "https://www.hangwell.example/p/pro-300#reviews", "HW-300", "00851384006058",
                        new BigDecimal("549.00"), "USD", IN_STOCK, "https://img.hangwell.example/pro-300.jpg"),
                new FeedRow(2, "http://hangwell.example/p/boots/", "HW-050", null, new BigDecimal("79.95"), "GBP",
                        OUT_OF_STOCK, null),
                new FeedRow(5, "https://www.hangwell.example/p/pad", "HW-901", null, new BigDecimal("24.50"), "USD",
                        UNKNOWN, null));
        assertThat(report.problems()).extracting(FeedProblem::record, FeedProblem::field, FeedProblem::message)
                .containsExactly(
                        tuple(3L, "price", "price: 'free' is not a price like 549.00, 1,299.99 or USD 549.00"),
                        tuple(4L, "link/id/gtin",
                                "link/id/gtin: none given, so the row cannot be matched to a catalogue offer"));
    }

    @Test
    void jsonObjectsAreReadFromTheNamedArrayWithNumbersAndBooleansAsWritten() {
        List<FeedRow> rows = new ArrayList<>();
        FeedReport report = read("hangwell-walmart.json", FeedFormat.JSON, WALMART_JSON, rows::add);

        assertThat(report).as("%s", report.problems()).extracting(FeedReport::rowsRead, FeedReport::rowsAccepted, FeedReport::badRows)
                .containsExactly(7L, 3L, 4L);
        assertThat(rows).containsExactly(
                new FeedRow(1, "https://www.hangwell.example/p/pro-300", "3001", "851384006058",
                        new BigDecimal("549.99"), "USD", IN_STOCK, "https://img.hangwell.example/pro-300.jpg"),
                new FeedRow(6, null, "HW-120", null, new BigDecimal("129"), "USD", IN_STOCK, null),
                new FeedRow(7, "https://www.hangwell.example/p/boots", "3005", null, new BigDecimal("79"), "CAD",
                        OUT_OF_STOCK, null));
        assertThat(report.problems()).extracting(FeedProblem::record, FeedProblem::field, FeedProblem::message)
                .containsExactly(
                        tuple(2L, "salePrice",
                                "salePrice: 'call for price' is not a price like 549.00, 1,299.99 or USD 549.00"),
                        tuple(3L, "salePrice", "salePrice: '250000' is above 100000, which is surely a mistake"),
                        tuple(4L, "item", "item: is a string where a product object should be"),
                        tuple(5L, "productUrl/itemId/upc",
                                "productUrl/itemId/upc: none given, so the row cannot be matched to a catalogue offer"));
    }

    static FeedReport read(String fixture, FeedFormat format, FeedMapping mapping, Consumer<FeedRow> rows) {
        try (InputStream feed = FeedReaderFixturesTest.class.getResourceAsStream("/feeds/" + fixture)) {
            assertThat(feed).as(fixture).isNotNull();
            return new FeedReader(format, mapping).read(feed, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
