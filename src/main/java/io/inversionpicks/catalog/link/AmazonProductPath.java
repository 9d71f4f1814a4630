package io.inversionpicks.catalog.link;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amazon reads an associate's tag from more than the query: the old {@code /exec/obidos/ASIN/<asin>/<tag>} and
 * {@code /o/ASIN/<asin>/<tag>} links carry it as the last path segment, and an {@code amzn.to} short link leads to
 * whatever URL, and tag, its maker chose. No rule on parameters can see a tag that is a bare path segment, so an
 * Amazon offer must be the product page itself, {@code [/<name>]/dp/<ASIN>} or {@code /gp/product/<ASIN>}, with
 * nothing after the ASIN (a {@code /ref=...} segment is Amazon's own click tracking, and is refused as well).
 */
public final class AmazonProductPath {

    private static final Pattern PRODUCT_PAGE =
            Pattern.compile("(?:/[^/]+)?/dp/[A-Za-z0-9]{10}/?|/gp/product/[A-Za-z0-9]{10}/?");
    /** An ASIN where Amazon's product and old associate links put it, to suggest the clean URL. */
    private static final Pattern ASIN = Pattern.compile("/(?:dp|product|ASIN|d)/([A-Za-z0-9]{10})(?=[/;?#]|$)");

    private AmazonProductPath() {
    }

    /**
     * The ASIN of an Amazon product page URL ({@code /dp/<ASIN>} or {@code /gp/product/<ASIN>}), upper case; empty for
     * any other URL. The loader admits only such URLs for Amazon offers, so a catalogue offer always has one.
     */
    public static Optional<String> asin(String url) {
        try {
            String path = URI.create(url).getRawPath();
            Matcher asin = ASIN.matcher(path == null ? "" : path);
            return asin.find() ? Optional.of(asin.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static boolean isAmazonHost(String host) {
        return host.equals("amazon.com") || host.contains("amazon.") || host.equals("amzn.to");
    }

    /** Why this Amazon URL is not a plain product page, if it is not one; {@code rawPath} as in the URL. */
    static Optional<String> problem(String scheme, String host, String rawPath) {
        if (PRODUCT_PAGE.matcher(rawPath).matches()) {
            return Optional.empty();
        }
        Matcher asin = ASIN.matcher(rawPath);
        String suggestion = asin.find() ? "; write " + scheme + "://" + host + "/dp/" + asin.group(1)
                : "; short links (amzn.to) and redirects hide where they lead and whose tag they carry";
        return Optional.of("an Amazon offer must link to the product page itself, /dp/<ASIN> with nothing after "
                + "the ASIN, not '" + Findings.shorten(rawPath) + "'" + suggestion);
    }
}
