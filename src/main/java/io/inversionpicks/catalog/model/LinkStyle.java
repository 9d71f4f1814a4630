package io.inversionpicks.catalog.model;

/**
 * How links to a retailer are shown. Amazon's Associates policy forbids cloaking its links "including by use of
 * Redirecting Links", so an Amazon retailer must be {@link #DIRECT}; its clicks are then counted by a ping or beacon
 * to {@code /clicks/...} instead of by the redirect.
 */
public enum LinkStyle implements Slugged {
    /** Through this service's {@code /go/...} redirect, which counts the click. */
    TRACKED,
    /** Straight to the retailer's URL with the affiliate tag; the click is reported to {@code /clicks/...}. */
    DIRECT;
}
