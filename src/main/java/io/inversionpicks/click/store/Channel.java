package io.inversionpicks.click.store;

import io.inversionpicks.catalog.model.Slugged;

/**
 * How a click reached the service. Redirects through {@code /go} are counted by the request itself; pings and beacons
 * are reports a browser may drop (blockers, Firefox ignores {@code <a ping>}), so their counts are a lower bound.
 */
public enum Channel implements Slugged {
    /** A reader followed a tracked {@code /go/...} link. */
    REDIRECT,
    /** HTML hyperlink auditing: {@code <a ping>} ({@code Content-Type: text/ping}, {@code Ping-To} header). */
    PING,
    /** {@code navigator.sendBeacon} or any other POST to {@code /clicks/...}. */
    BEACON
}
