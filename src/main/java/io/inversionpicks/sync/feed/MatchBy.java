package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Slugged;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a feed's rows are matched to catalogue offers. Each rule compares a key that feeds and editors write in
 * different ways, reduced to what identifies the product.
 */
public enum MatchBy implements Slugged {
    /**
     * The product page: host and path only. Scheme, host case, a {@code www.} prefix, a default port, trailing
     * slashes, the query and the fragment are ignored, because feeds add tracking and affiliate parameters
     * ({@code utm_*}, {@code gclid}, network click ids) and switch between http and https. Dropping the whole query
     * is simpler and safer than listing tracking parameters, at one cost: a shop whose product pages differ only in
     * the query ({@code product.php?id=5}) must be matched by SKU or GTIN. Path case is kept: servers may tell
     * {@code /P/1} from {@code /p/1}.
     */
    URL,
    /** The retailer's own product id, ignoring case and surrounding spaces. */
    SKU,
    /** The barcode number, ignoring leading zeros: a GTIN-12 (UPC) is the same product as its GTIN-13 or GTIN-14. */
    GTIN;

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern DEFAULT_PORT = Pattern.compile(":(?:80|443)$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+");

    /** What this rule compares, for an offer or a row; null when there is nothing to compare. */
    String key(String url, String sku, String gtin) {
        return switch (this) {
            case URL -> urlKey(url);
            case SKU -> sku == null || sku.isBlank() ? null : sku.strip().toUpperCase(Locale.ROOT);
            case GTIN -> gtinKey(gtin);
        };
    }

    String key(OfferRef offer) {
        return key(offer.url(), offer.sku(), offer.gtin());
    }

    String key(FeedRow row) {
        return key(row.productUrl(), row.sku(), row.gtin());
    }

    /** The offer's or row's field this rule reads, for messages. */
    String field() {
        return name().toLowerCase(Locale.ROOT);
    }

    // Done with strings, not java.net.URI: feed URLs often hold spaces or | that URI refuses, and only the host and
    // path are needed.
    private static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String rest = SCHEME.matcher(url.strip()).replaceFirst("");
        int end = indexOfAny(rest, "?#");
        rest = end < 0 ? rest : rest.substring(0, end);
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : TRAILING_SLASHES.matcher(rest.substring(slash)).replaceFirst("");
        host = DEFAULT_PORT.matcher(host.substring(host.indexOf('@') + 1)).replaceFirst("");
        host = host.startsWith("www.") ? host.substring(4) : host;
        return host.isEmpty() ? null : host + path;
    }

    private static String gtinKey(String gtin) {
        if (gtin == null) {
            return null;
        }
        String digits = LEADING_ZEROS.matcher(gtin.strip()).replaceFirst("");
        return digits.isEmpty() ? null : digits;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
