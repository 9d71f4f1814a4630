package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What feeds write for whether a retailer can sell a product now, read into an {@link Availability}. */
public final class FeedAvailability {

    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://(?:www\\.)?schema\\.org/");
    /** Case, spaces, underscores and hyphens removed: "In Stock", "in_stock" and "InStock" are all "instock". */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private static final Set<String> IN_STOCK_WORDS = Set.of("instock", "available", "yes", "true", "1",
            "limitedavailability", "onlineonly");
    private static final Set<String> OUT_OF_STOCK_WORDS = Set.of("outofstock", "soldout", "no", "false", "0",
            "discontinued", "unavailable", "notavailable");

    /**
     * Reads what feeds write ({@code in stock}, {@code InStock}, {@code 1}, {@code https://schema.org/OutOfStock},
     * {@code sold out}, ...). Anything else, and a blank value, is {@link Availability#UNKNOWN}: a word this list lacks must not
     * cost a retailer its whole row.
     * <p>
     * Pre-orders and back-orders are UNKNOWN on purpose: the product can be ordered but will not ship now, so "in
     * stock" would mislead a reader and "out of stock" would hide a real way to buy it.
     */
    public static Availability read(String text) {
        if (text == null || text.isBlank()) {
            return Availability.UNKNOWN;
        }
        String word = SCHEMA_ORG.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        word = SEPARATORS.matcher(word).replaceAll("");
        if (IN_STOCK_WORDS.contains(word)) {
            return Availability.IN_STOCK;
        }
        if (OUT_OF_STOCK_WORDS.contains(word)) {
            return Availability.OUT_OF_STOCK;
        }
        return Availability.UNKNOWN;
    }

    private FeedAvailability() {
    }
}
