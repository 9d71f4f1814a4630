package io.inversionpicks.click;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The blog post a click came from, reduced to scheme, host and path. Query strings and fragments are dropped: they
 * can carry a reader's session ids or e-mail addresses, and they would split one post into many rows. Public so the
 * widget's iframe pages read their {@code post} option by the same rules before passing it on to {@code /go}.
 */
public final class SourcePost {

    private SourcePost() {
    }

    /** The explicit {@code post} parameter when it is a usable URL, else the {@code Referer} header. */
    static Optional<String> of(String post, String referer, int maxLength) {
        return normalise(post, maxLength).or(() -> normalise(referer, maxLength));
    }

    public static Optional<String> normalise(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isBlank()) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String url = scheme + "://" + host.toLowerCase(Locale.ROOT) + path;
        return Optional.of(url.length() > maxLength ? url.substring(0, maxLength) : url);
    }
}
