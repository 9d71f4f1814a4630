package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Feeds that are broken as a whole end in a FeedException that says what is wrong and where; odd ones still read. */
class FeedMalformedTest {

    static final FeedMapping MAPPING = FeedMapping.fields("url", "sku", "gtin", "price", "currency",
            "availability", "image", "USD").withItemElement("product").withArrayProperty("products");

    static final String HTML_ERROR_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>502 Bad Gateway</title></head>
            <body><h1>Bad Gateway</h1></body></html>
            """;

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void anHtmlPageServedInsteadOfTheFeedIsNamedAsSuch(FeedFormat format) {
        FeedException failure = failure(format, HTML_ERROR_PAGE);

        assertThat(failure).hasMessage(format.name() + " feed: an HTML page was served instead of the feed (it starts "
                + "with '<!DOCTYPE html>'); the feed URL may lead to an error or login page");
        assertThat(failure.format()).isEqualTo(format);
    }

    @Test
    void anXhtmlPageAfterAnXmlDeclarationIsAnHtmlPageToo() {
        FeedException failure = failure(FeedFormat.XML,
                "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        assertThat(failure).hasMessageStartingWith("XML feed, line 2, column ").hasMessageContaining(
                "an HTML page was served instead of the feed");
    }

    @Test
    void xmlServedAsCsvIsRefusedBeforeItCanLookLikeColumns() {
        assertThat(failure(FeedFormat.CSV, "<?xml version=\"1.0\"?><products/>"))
                .hasMessage("CSV feed: the feed is XML or HTML, not CSV (it starts with '<?xml version=\"1.0\"?>"
                        + "<products/>')");
    }

    @Test
    void truncatedXmlNamesTheLineWhereItEnds() {
        String cut = "<?xml version=\"1.0\"?>\n<products>\n<product><url>https://shop.example/p/1</url>"
                + "<price>10.00</price></product>\n<product><url>https://shop.example/p/2</url><pri";
        List<FeedRow> rows = new ArrayList<>();

        FeedException failure = catchThrowableOfType(FeedException.class,
                () -> new FeedReader(FeedFormat.XML, MAPPING).read(utf8(cut), rows::add));

        assertThat(failure).hasMessageStartingWith("XML feed, line 4, column ")
                .hasMessageContaining("the feed ends too early, it may have been cut off: ");
        assertThat(failure.line()).isEqualTo(4);
        assertThat(rows).as("handed on before the break, to be thrown away by the caller").hasSize(1);
    }

    @Test
    void truncatedJsonNamesTheLineWhereItEnds() {
        String cut = "{\"products\": [\n{\"url\": \"https://shop.example/p/1\", \"price\": 10},\n{\"url\": \"https://sh";

        FeedException failure = failure(FeedFormat.JSON, cut);

        assertThat(failure).hasMessageStartingWith("JSON feed, line 3, column ")
                .hasMessageContaining("the feed ends too early, it may have been cut off: ");
        assertThat(failure.line()).isEqualTo(3);
    }

    @Test
    void jsonThatIsNotJsonNamesThePosition() {
        FeedException failure = failure(FeedFormat.JSON, "[{\"url\": \"https://shop.example/p/1\", price: 10}]");

        assertThat(failure).hasMessageStartingWith("JSON feed, line 1, column 38: not valid JSON: ");
    }

    @Test
    void aJsonObjectWithoutTheNamedArrayListsTheProperties() {
        assertThat(failure(FeedFormat.JSON, "{\"meta\": {\"count\": 0}, \"items\": []}")).hasMessage(
                "JSON feed: the feed has no array property 'products' (its properties: meta, items)");
    }

    @Test
    void aJsonObjectWithoutAnArrayPropertyInTheMappingSaysToNameOne() {
        FeedReader reader = new FeedReader(FeedFormat.JSON, MAPPING.withArrayProperty(null));

        FeedException failure = catchThrowableOfType(FeedException.class,
                () -> reader.read(utf8("{\"items\": []}"), row -> { }));

        assertThat(failure).hasMessage("JSON feed: the feed is an object, not an array; the mapping must name the "
                + "property that holds the array of products (its properties: items)");
    }

    @Test
    void aJsonArrayIsReadWhetherOrNotTheMappingNamesAProperty() {
        FeedReport report = read(FeedFormat.JSON, "[{\"sku\": \"A\", \"price\": 1.5}]", new ArrayList<>());

        assertThat(report.rowsAccepted()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void anEmptyFileIsAFailedDownloadNotAnEmptyFeed(FeedFormat format) {
        assertThat(failure(format, "")).hasMessage(format.name()
                + " feed: the feed is empty (no bytes at all); the download may have failed");
        assertThat(failure(format, "\uFEFF \n")).hasMessage(format.name()
                + " feed: the feed is empty (only white space); the download may have failed");
    }

    @Test
    void aFeedWithNoProductsIsReadAsEmpty() {
        assertThat(read(FeedFormat.CSV, "url,sku,gtin,price,currency,availability,image\n", new ArrayList<>()))
                .isEqualTo(new FeedReport(FeedFormat.CSV, 0, 0, 0, List.of()));
        assertThat(read(FeedFormat.TSV, "url\tsku\tgtin\tprice\tcurrency\tavailability\timage\r\n", new ArrayList<>()))
                .isEqualTo(new FeedReport(FeedFormat.TSV, 0, 0, 0, List.of()));
        assertThat(read(FeedFormat.XML, "<products></products>", new ArrayList<>()).rowsRead()).isZero();
        assertThat(read(FeedFormat.JSON, "{\"products\": []}", new ArrayList<>()).rowsRead()).isZero();
    }

    @Test
    void aHeaderWithoutAMappedColumnStopsTheFeedAndListsTheColumns() {
        FeedException failure = failure(FeedFormat.CSV, "url,sku,gtin,cost,currency,availability,image\n"
                + "https://shop.example/p/1,A,,10.00,USD,yes,\n");

        assertThat(failure).hasMessage("CSV feed, line 1: the header has no column price (its columns: 'url, sku, "
                + "gtin, cost, currency, availability, image')");
    }

    @Test
    void aTsvFeedReadAsCsvSaysSo() {
        FeedException failure = failure(FeedFormat.CSV, "url\tsku\tgtin\tprice\tcurrency\tavailability\timage\n");

        assertThat(failure).hasMessageEndingWith("; the header is one column holding tabs: is this TSV?");
    }

    @Test
    void anUnclosedQuoteInCsvEndsTheFeedWithItsPosition() {
        FeedMapping mapping = FeedMapping.fields(null, "sku", null, "price", null, null, null, "USD");

        FeedException failure = catchThrowableOfType(FeedException.class, () -> new FeedReader(FeedFormat.CSV,
                mapping).read(utf8("sku,price\nA,10.00\n\"B,11.00\n"), row -> { }));

        assertThat(failure).hasMessageStartingWith("CSV feed, line ").hasMessageContaining("not valid CSV: ");
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsOneBadRowAndATrailingSeparatorIsNone() {
        List<FeedRow> rows = new ArrayList<>();
        FeedReport report = read(FeedFormat.CSV, "sku,price\nA,10.00,\nB,1,200.00\nC,12.00\n", rows,
                FeedMapping.fields(null, "sku", null, "price", null, null, null, "USD"));

        assertThat(rows).extracting(FeedRow::sku).containsExactly("A", "C");
        assertThat(report.problems()).containsExactly(new FeedProblem(2, "row",
                "row: has 3 values but the header has 2 columns; a value may hold an unquoted comma"));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void utf8WithAndWithoutByteOrderMarkReadsTheSame(FeedFormat format) {
        String feed = switch (format) {
            case CSV -> "sku,price,image\nÄ-1,10.00,https://img.example/ä.jpg\n";
            case TSV -> "sku\tprice\timage\nÄ-1\t10.00\thttps://img.example/ä.jpg\n";
            case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed><product><sku>Ä-1</sku>"
                    + "<price>10.00</price><image>https://img.example/ä.jpg</image></product></feed>";
            case JSON -> "[{\"sku\": \"Ä-1\", \"price\": \"10.00\", \"image\": \"https://img.example/ä.jpg\"}]";
        };
        FeedMapping mapping = FeedMapping.fields(null, "sku", null, "price", null, null, "image", "USD")
                .withItemElement("product");

        List<FeedRow> withBom = new ArrayList<>();
        List<FeedRow> withoutBom = new ArrayList<>();
        read(format, "\uFEFF" + feed, withBom, mapping);
        read(format, feed, withoutBom, mapping);

        FeedRow expected = new FeedRow(1, null, "Ä-1", null, new BigDecimal("10.00"), "USD",
                Availability.UNKNOWN, "https://img.example/ä.jpg");
        assertThat(withBom).containsExactly(expected);
        assertThat(withoutBom).containsExactly(expected);
    }

    @Test
    void utf16WithByteOrderMarkAsExcelWritesUnicodeTextReads() {
        byte[] text = "sku\tprice\r\nÄ-1\t10.00\r\n".getBytes(StandardCharsets.UTF_16LE);
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFE});
        feed.writeBytes(text);
        List<FeedRow> rows = new ArrayList<>();

        new FeedReader(FeedFormat.TSV, FeedMapping.fields(null, "sku", null, "price", null, null, null, "USD"))
                .read(new ByteArrayInputStream(feed.toByteArray()), rows::add);

        assertThat(rows).extracting(FeedRow::sku).containsExactly("Ä-1");
    }

    @Test
    void anXmlFeedWithADtdIsNotAllowedToReadExternalEntities() {
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE products [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<products><product><sku>&secret;</sku><price>1.00</price></product></products>";

        FeedException failure = failure(FeedFormat.XML, feed);

        assertThat(failure).hasMessageContaining("not valid XML").hasMessageContaining("secret");
    }

    @Test
    void anXmlMappingWithoutItemElementIsRefusedWhenTheReaderIsMade() {
        FeedMapping noItem = FeedMapping.fields("url", null, null, "price", null, null, null, "USD");

        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new FeedReader(FeedFormat.XML, noItem)))
                .hasMessageContaining("withItemElement");
    }

    static FeedException failure(FeedFormat format, String feed) {
        return catchThrowableOfType(FeedException.class,
                () -> new FeedReader(format, MAPPING).read(utf8(feed), row -> { }));
    }

    static FeedReport read(FeedFormat format, String feed, List<FeedRow> rows) {
        return read(format, feed, rows, MAPPING);
    }

    static FeedReport read(FeedFormat format, String feed, List<FeedRow> rows, FeedMapping mapping) {
        return new FeedReader(format, mapping).read(utf8(feed), rows::add);
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
