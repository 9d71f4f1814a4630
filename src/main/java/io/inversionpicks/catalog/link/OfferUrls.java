package io.inversionpicks.catalog.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an offer URL the way the most lenient server on its way could read it, so that the service's tag is the
 * only affiliate parameter a reader's link can carry. Catalogue loading refuses a URL that fails the check, with the
 * reason; building a reader's link refuses it too, in case a URL got past loading (a version recorded by an older
 * release, served from the database).
 * <ul>
 *   <li>Query: split on {@code &} and {@code ;}; each parameter is percent-decoded until nothing changes
 *   ({@code +} as a space), and its name compared with {@link TrackingParameters} in canonical form (case,
 *   full-width letters, invisible characters, {@code tag[]}). A parameter in a decoded value ({@code
 *   u=https%3A%2F%2F...%3Ftag%3D...}) counts too. A repeated name is no excuse: any occurrence is refused.</li>
 *   <li>Path: a {@code name=value} in a segment ({@code /ref=xyz}, {@code ;tag=x}, encoded or not) is refused, and
 *   an Amazon URL must be the product page itself ({@link AmazonProductPath}).</li>
 *   <li>Fragment: never sent to the retailer's server, but read by its scripts; checked like a path segment.</li>
 * </ul>
 * Nothing is ever stripped: a URL with something to strip is refused, and the editor fixes the file.
 */
public final class OfferUrls {

    private OfferUrls() {
    }

    public static CheckedOfferUrl check(String url, TrackingParameters forbidden) {
        URI uri;
        try {
            URI written = new URI(url);
            String ascii = written.toASCIIString();
            uri = ascii.equals(url) ? written : new URI(ascii);
        } catch (URISyntaxException e) {
            return new CheckedOfferUrl.Refused("not a valid URL: " + e.getReason());
        }
        if (uri.isOpaque() || uri.getScheme() == null || uri.getHost() == null) {
            return new CheckedOfferUrl.Refused("not an absolute URL with a host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        List<String> query = uri.getRawQuery() == null ? List.of()
                : Arrays.stream(uri.getRawQuery().split("&")).filter(p -> !p.isEmpty()).toList();
        Findings findings = new Findings(forbidden);
        query.forEach(parameter -> Arrays.stream(parameter.split(";")).forEach(findings::parameter));
        Arrays.stream(path.split("/")).forEach(segment -> findings.embedded(segment, "the path"));
        if (uri.getRawFragment() != null) {
            findings.embedded(uri.getRawFragment(), "the fragment");
        }
        if (!findings.isEmpty()) {
            return new CheckedOfferUrl.Refused(findings.message());
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Optional<String> notAProductPage = AmazonProductPath.isAmazonHost(host)
                ? AmazonProductPath.problem(uri.getScheme(), host, path) : Optional.empty();
        if (notAProductPage.isPresent()) {
            return new CheckedOfferUrl.Refused(notAProductPage.get());
        }
        return new CheckedOfferUrl.Taggable(uri.getScheme() + "://" + uri.getRawAuthority() + path, query,
                uri.getRawFragment());
    }
}
