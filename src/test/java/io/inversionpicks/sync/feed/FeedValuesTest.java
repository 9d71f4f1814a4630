package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/** The spellings of prices and availability that feeds use, and the ones that make a row bad. */
class FeedValuesTest {

    static final FeedMapping MAPPING = FeedMapping.fields("url", null, null, "price", "currency", "availability",
            null, "USD");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            549.00       | -   | 549.00  | USD
            549          | -   | 549     | USD
            $549.00      | -   | 549.00  | USD
            549.00 USD   | -   | 549.00  | USD
            USD 549.00   | -   | 549.00  | USD
            usd549.00    | -   | 549.00  | USD
            1,299.99     | -   | 1299.99 | USD
            "12,345,678" | -   | -       | -
            €499,00      | -   | -       | -
            €499.00      | -   | 499.00  | EUR
            £79.95       | gbp | 79.95   | GBP
            79.95        | CAD | 79.95   | CAD
            0.99         | -   | 0.99    | USD
            100000       | -   | 100000  | USD
            """)
    void pricesAreReadWithTheCurrencyTheTextOrTheCurrencyFieldGives(String price, String currency,
                                                                   BigDecimal amount, String expectedCurrency) {
        FeedRows.Parsed parsed = parse(price, currency, "in stock");

        if (amount == null) {
            assertThat(parsed.row()).isNull();
            assertThat(parsed.problems()).singleElement().extracting(FeedProblem::message).asString()
                    .endsWith("is not a price like 549.00, 1,299.99 or USD 549.00");
        } else {
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.row().price()).isEqualTo(amount);
            assertThat(parsed.row().currency()).isEqualTo(expectedCurrency);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            abc         | -    | price: 'abc' is not a price like 549.00, 1,299.99 or USD 549.00
            -5.00       | -    | price: '-5.00' is negative
            $-5.00      | -    | price: '$-5.00' is negative
            0.00        | -    | price: '0.00' is zero, which feeds write when they have no price
            100000.01   | -    | price: '100000.01' is above 100000, which is surely a mistake
            549.00 XYZ  | -    | price: '549.00 XYZ' names 'XYZ', which is not an ISO 4217 currency code
            549.00 EUR  | USD  | price: '549.00 EUR' is in EUR but the currency field says USD
            549.00      | US$  | currency: 'US$' is not an ISO 4217 currency code such as USD
            -           | -    | price: missing; only a product out of stock may go without a price
            """)
    void unreadableOrImplausiblePricesMakeTheRowBad(String price, String currency, String message) {
        FeedRows.Parsed parsed = parse(price, currency, "in stock");

        assertThat(parsed.row()).isNull();
        assertThat(parsed.problems()).extracting(FeedProblem::record, FeedProblem::message)
                .containsExactly(tuple(7L, message));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"in stock", "in_stock", "InStock", "instock", "IN STOCK", "available", "Available", "yes",
            "true", "1", "https://schema.org/InStock", "http://schema.org/InStock", "LimitedAvailability"})
    void inStockSpellings(String text) {
        assertThat(FeedAvailability.read(text)).isEqualTo(Availability.IN_STOCK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"out of stock", "out_of_stock", "OutOfStock", "out-of-stock", "sold out", "SoldOut",
            "no", "false", "0", "discontinued", "https://schema.org/OutOfStock", "http://schema.org/OutOfStock",
            "https://schema.org/Discontinued", "not available"})
    void outOfStockSpellings(String text) {
        assertThat(FeedAvailability.read(text)).isEqualTo(Availability.OUT_OF_STOCK);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "preorder", "pre-order", "backorder", "https://schema.org/PreOrder",
            "https://schema.org/BackOrder", "ships in 3 weeks", "maybe", "2"})
    void everythingElseIsUnknownNeverAnError(String text) {
        assertThat(FeedAvailability.read(text)).isEqualTo(Availability.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"preorder", "backorder"})
    void aProductNotInStockNowStillNeedsAPrice(String availability) {
        assertThat(parse(null, null, availability).problems()).extracting(FeedProblem::field).containsExactly("price");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://img.example/a.jpg, https://img.example/a.jpg", "HTTP://img.example/a.jpg, HTTP://img.example/a.jpg",
            "//img.example/a.jpg,", "ftp://img.example/a.jpg,", "javascript:alert(1),", "/a.jpg,"})
    void onlyHttpAndHttpsImageLinksAreKeptAndOthersDroppedQuietly(String image, String kept) {
        FeedMapping withImage = FeedMapping.fields("url", null, null, "price", null, null, "image", "USD");
        Map<String, String> fields = Map.of("url", "https://shop.example/p/1", "price", "10.00", "image", image);

        FeedRows.Parsed parsed = new FeedRows(withImage).parse(1, fields::get);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.row().imageUrl()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shop.example/p/1", "javascript:alert(1)", "mailto:x@shop.example", "https://"})
    void aProductUrlThatIsNotHttpMakesTheRowBad(String url) {
        Map<String, String> fields = Map.of("url", url, "price", "10.00");

        FeedRows.Parsed parsed = new FeedRows(MAPPING).parse(3, fields::get);

        assertThat(parsed.problems()).extracting(FeedProblem::message)
                .containsExactly("url: " + FeedProblem.quoted(url) + " is not an http or https URL");
    }

    @Test
    void theDefaultCurrencyIsACheckedCodeInUpperCase() {
        assertThat(FeedMapping.fields("url", null, null, "price", null, null, null, " usd ").defaultCurrency())
                .isEqualTo("USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EURO", "U$", "XYZ", ""})
    void aMappingWithoutAValidDefaultCurrencyIsRefused(String currency) {
        assertThat(catchThrowable(() -> FeedMapping.fields("url", null, null, "price", null, null, null, currency)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
    }

    private static FeedRows.Parsed parse(String price, String currency, String availability) {
        Map<String, String> fields = new HashMap<>();
        fields.put("url", "https://shop.example/p/1");
        fields.put("price", price);
        fields.put("currency", currency);
        fields.put("availability", availability);
        return new FeedRows(MAPPING).parse(7, fields::get);
    }
}
