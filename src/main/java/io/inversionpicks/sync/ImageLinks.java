package io.inversionpicks.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Image links from retailers' APIs and feeds are data from outside: a feed row may hold {@code javascript:}, a
 * {@code data:} URL, plain http (mixed content on a blogger's https page) or garbage. Only an absolute https URL with a
 * host reaches readers.
 */
final class ImageLinks {

    static final int MAX_LENGTH = 2000;

    private ImageLinks() {
    }

    static Optional<String> https(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            boolean https = uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
            return https && uri.getHost() != null && uri.getRawUserInfo() == null ? Optional.of(uri.toASCIIString())
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
