package io.inversionpicks.click.store;

import io.inversionpicks.catalog.model.Slugged;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a click reached the service. Redirects through {@code /go} are counted by the request itself; pings and beacons
 * are reports a browser may drop (blockers, Firefox ignores {@code <a ping>}), so their counts are a lower bound.
 */
public enum Channel implements Slugged {
    /** A reader followed a tracked {@code /go/...} link. */
    REDIRECT("redirect"),
    /** HTML hyperlink auditing: {@code <a ping>} ({@code Content-Type: text/ping}, {@code Ping-To} header). */
    PING("ping"),
    /** {@code navigator.sendBeacon} or any other POST to {@code /clicks/...}. */
    BEACON("beacon");

    private final String slug;

    Channel(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(Channel::slug).toList();
    }

    public static Optional<Channel> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
