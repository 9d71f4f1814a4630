package io.inversionpicks.sync.feed;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a feed keeps each value: a column header in CSV and TSV, a child element's local name in XML (so
 * {@code <g:price>} is {@code price}), a property name in JSON. Names are matched ignoring case and surrounding
 * spaces, because networks change the case of their headers between exports. A field may be null when the feed has
 * none, except the price and at least one of productUrl, sku and gtin. In XML and JSON a dotted name reaches into a
 * nested object or an attribute: {@code price.currency} for {@code <price currency="GBP">79.95</price>}.
 * <p>
 * Map the retailer's own product URL (Awin's {@code merchant_deep_link}, not {@code aw_deep_link}): a network's
 * tracking link never matches a catalogue offer by URL.
 *
 * @param defaultCurrency ISO 4217 code for rows that give none, in a currency field or in the price text
 * @param itemElement     XML only: the repeated element that holds one product, e.g. {@code product} or
 *                        {@code item}; elements of that name inside an item are part of the item
 * @param arrayProperty   JSON only: the property of the top-level object that holds the array of products, or null
 *                        when the feed is a top-level array
 */
public record FeedMapping(String productUrl, String sku, String gtin, String price, String currency,
                          String availability, String imageUrl, String defaultCurrency, String itemElement,
                          String arrayProperty) {

    public FeedMapping {
        productUrl = name(productUrl);
        sku = name(sku);
        gtin = name(gtin);
        price = Objects.requireNonNull(name(price), "the price field is required: a feed without prices is of no use");
        currency = name(currency);
        availability = name(availability);
        imageUrl = name(imageUrl);
        itemElement = name(itemElement);
        arrayProperty = name(arrayProperty);
        if (productUrl == null && sku == null && gtin == null) {
            throw new IllegalArgumentException("map at least one of productUrl, sku and gtin: rows are matched by them");
        }
        defaultCurrency = currencyCode(Objects.requireNonNull(defaultCurrency, "defaultCurrency"));
    }

    /** A CSV, TSV or top-level-array JSON feed; for XML add {@link #withItemElement}. */
    public static FeedMapping fields(String productUrl, String sku, String gtin, String price, String currency,
                                     String availability, String imageUrl, String defaultCurrency) {
        return new FeedMapping(productUrl, sku, gtin, price, currency, availability, imageUrl, defaultCurrency,
                null, null);
    }

    public FeedMapping withItemElement(String element) {
        return new FeedMapping(productUrl, sku, gtin, price, currency, availability, imageUrl, defaultCurrency,
                element, arrayProperty);
    }

    public FeedMapping withArrayProperty(String property) {
        return new FeedMapping(productUrl, sku, gtin, price, currency, availability, imageUrl, defaultCurrency,
                itemElement, property);
    }

    private static String name(String field) {
        return field == null || field.isBlank() ? null : field.strip();
    }

    private static String currencyCode(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!FeedRows.isCurrencyCode(upper)) {
            throw new IllegalArgumentException("defaultCurrency '" + code + "' is not an ISO 4217 currency code");
        }
        return Currency.getInstance(upper).getCurrencyCode();
    }
}
