package io.inversionpicks.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a redirect took a product link away from its product: to the retailer's home page, a search page, another
 * product or another site. A retailer moving the same product to a new address (the same product number, or the
 * same slug, in the new path) is not "away".
 */
public final class RedirectAway {

    private static final Pattern NUMBER = Pattern.compile("\\d{5,}");
    /** Amazon-style ids (B0...), and other mixed upper-case/digit SKUs of 8 to 12 characters. */
    private static final Pattern SKU = Pattern.compile("\\b[A-Z0-9]{8,12}\\b");
    private static final Set<String> SEARCH_SEGMENTS = Set.of("search", "s", "searchpage", "search.html", "find",
            "results", "catalogsearch");
    private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "k", "query", "search", "searchterm", "st",
            "keyword", "keywords", "term");

    private RedirectAway() {
    }

    /** Why {@code finalUrl} is not {@code original}'s product page any more; empty when it still is. */
    public static Optional<String> why(String original, String finalUrl) {
        if (original.equals(finalUrl)) {
            return Optional.empty();
        }
        URI from;
        URI to;
        try {
            from = URI.create(original);
            to = URI.create(finalUrl);
        } catch (IllegalArgumentException e) {
            return Optional.of("redirected to an address that is not a URL");
        }
        if (to.getHost() == null || !bareHost(to.getHost()).equals(bareHost(from.getHost()))) {
            return Optional.of("redirected to another site (" + to.getHost() + ")");
        }
        String path = to.getRawPath() == null ? "" : to.getRawPath();
        if (path.isEmpty() || path.equals("/") || path.matches("/(index\\.html?|home|[a-z]{2}(-[a-z]{2})?/?)")) {
            return Optional.of("redirected to the home page");
        }
        if (isSearch(to)) {
            return Optional.of("redirected to a search page");
        }
        List<String> tokens = productTokens(from);
        String target = path.toLowerCase(Locale.ROOT);
        if (!tokens.isEmpty() && tokens.stream().noneMatch(token -> target.contains(token.toLowerCase(Locale.ROOT)))) {
            return Optional.of("redirected to another product");
        }
        return Optional.empty();
    }

    private static boolean isSearch(URI uri) {
        for (String segment : uri.getRawPath().toLowerCase(Locale.ROOT).split("/")) {
            if (SEARCH_SEGMENTS.contains(segment)) {
                return true;
            }
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (SEARCH_PARAMETERS.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What names the product in its URL: product numbers (5 digits or more) and SKU-like codes; without either, the
     * last path segment (a slug such as {@code fitspine-x3}).
     */
    static List<String> productTokens(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        List<String> tokens = new ArrayList<>();
        Matcher numbers = NUMBER.matcher(path);
        while (numbers.find()) {
            tokens.add(numbers.group());
        }
        Matcher skus = SKU.matcher(path);
        while (skus.find()) {
            if (!skus.group().chars().allMatch(Character::isDigit)) {
                tokens.add(skus.group());
            }
        }
        if (tokens.isEmpty()) {
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                String segment = segments[i].replaceFirst("\\.html?$", "");
                if (segment.length() >= 3) {
                    tokens.add(segment);
                    break;
                }
            }
        }
        return tokens;
    }

    private static String bareHost(String host) {
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
