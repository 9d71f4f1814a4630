package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one record's raw fields into a {@link FeedRow}, or into the problems that make it a bad row. A value that is
 * there but unreadable (a price, a currency, an identifier) makes the row bad: a feed that says something we cannot
 * read may say something wrong elsewhere in the same row. Only the image URL, which no price or match depends on, is
 * dropped quietly.
 */
final class FeedRows {

    /** Dearer than any inversion table or chair: a higher price is a typo or cents written as units. */
    static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/?#\\s]+[^\\s]*");
    private static final Pattern GTIN = Pattern.compile("\\d{8,14}");
    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** @param problems empty exactly when row is not null */
    record Parsed(FeedRow row, List<FeedProblem> problems) {
    }

    private final FeedMapping mapping;

    FeedRows(FeedMapping mapping) {
        this.mapping = mapping;
    }

    static boolean isCurrencyCode(String code) {
        return CURRENCY_CODES.contains(code);
    }

    Parsed parse(long record, FieldValues values) {
        List<FeedProblem> problems = new ArrayList<>(1);
        String productUrl = text(values, mapping.productUrl());
        if (productUrl != null && !isHttpUrl(productUrl)) {
            problems.add(FeedProblem.of(record, mapping.productUrl(),
                    FeedProblem.quoted(productUrl) + " is not an http or https URL"));
        }
        String sku = text(values, mapping.sku());
        String gtin = text(values, mapping.gtin());
        if (gtin != null && !GTIN.matcher(gtin).matches()) {
            problems.add(FeedProblem.of(record, mapping.gtin(),
                    FeedProblem.quoted(gtin) + " is not a GTIN (8 to 14 digits)"));
        }
        if (productUrl == null && sku == null && gtin == null) {
            problems.add(FeedProblem.of(record, identifierFields(),
                    "none given, so the row cannot be matched to a catalogue offer"));
        }
        Availability availability = FeedAvailability.read(text(values, mapping.availability()));
        BigDecimal price = null;
        String columnCurrency = columnCurrency(record, values, problems);
        String currency = columnCurrency != null ? columnCurrency : mapping.defaultCurrency();
        String priceText = text(values, mapping.price());
        if (priceText == null) {
            if (availability != Availability.OUT_OF_STOCK) {
                problems.add(FeedProblem.of(record, mapping.price(),
                        "missing; only a product out of stock may go without a price"));
            }
        } else {
            Optional<PriceText.Price> read = PriceText.read(priceText);
            String problem = read.isEmpty() ? "is not a price like 549.00, 1,299.99 or USD 549.00"
                    : priceProblem(read.get(), columnCurrency);
            if (problem != null) {
                problems.add(FeedProblem.of(record, mapping.price(), FeedProblem.quoted(priceText) + " " + problem));
            } else {
                price = read.get().amount();
                currency = read.get().currency() != null ? read.get().currency() : currency;
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        String imageUrl = text(values, mapping.imageUrl());
        return new Parsed(new FeedRow(record, productUrl, sku, gtin, price, currency, availability,
                imageUrl != null && isHttpUrl(imageUrl) ? imageUrl : null), List.of());
    }

    /** The currency field's code, or null when there is none or it is not a code (which is then a problem). */
    private String columnCurrency(long record, FieldValues values, List<FeedProblem> problems) {
        String code = text(values, mapping.currency());
        if (code == null || isCurrencyCode(code.toUpperCase(Locale.ROOT))) {
            return code == null ? null : code.toUpperCase(Locale.ROOT);
        }
        problems.add(FeedProblem.of(record, mapping.currency(),
                FeedProblem.quoted(code) + " is not an ISO 4217 currency code such as USD"));
        return null;
    }

    static boolean isHttpUrl(String text) {
        return HTTP_URL.matcher(text).matches();
    }

    private static String priceProblem(PriceText.Price price, String columnCurrency) {
        if (price.amount().signum() < 0) {
            return "is negative";
        }
        if (price.amount().signum() == 0) {
            return "is zero, which feeds write when they have no price";
        }
        if (price.amount().compareTo(MAX_PRICE) > 0) {
            return "is above " + MAX_PRICE.toPlainString() + ", which is surely a mistake";
        }
        if (price.currency() != null && !isCurrencyCode(price.currency())) {
            return "names '" + price.currency() + "', which is not an ISO 4217 currency code";
        }
        if (price.currency() != null && columnCurrency != null && !price.currency().equals(columnCurrency)) {
            return "is in " + price.currency() + " but the currency field says " + columnCurrency;
        }
        return null;
    }

    private String identifierFields() {
        return Stream.of(mapping.productUrl(), mapping.sku(), mapping.gtin())
                .filter(field -> field != null).collect(Collectors.joining("/"));
    }

    private static String text(FieldValues values, String field) {
        if (field == null) {
            return null;
        }
        String text = values.text(field);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
