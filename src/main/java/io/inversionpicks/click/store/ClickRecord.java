package io.inversionpicks.click.store;

import io.inversionpicks.catalog.Placement;

import java.time.Instant;

/**
 * One counted click. There is deliberately no IP address or full user agent: only whether the client looked like a
 * robot.
 *
 * @param catalogueVersion label of the catalogue version that was live, so a changed offer can be told apart
 * @param sourcePost       scheme, host and path of the blog post, or null when unknown
 * @param channel          how the click arrived
 * @param clickId          the id the page gave the click, so its ping and its beacon are stored once; null for
 *                         redirects and for reports without one
 */
public record ClickRecord(Instant at, String productId, String retailer, String catalogueVersion,
                          Placement placement, String sourcePost, boolean bot, Channel channel, String clickId) {

    /** A click through the {@code /go} redirect. */
    public ClickRecord(Instant at, String productId, String retailer, String catalogueVersion, Placement placement,
                       String sourcePost, boolean bot) {
        this(at, productId, retailer, catalogueVersion, placement, sourcePost, bot, Channel.REDIRECT, null);
    }

    /** What makes two reports one click: the same id for the same product and retailer. */
    record Key(String clickId, String productId, String retailer) {
    }

    Key key() {
        return clickId == null ? null : new Key(clickId, productId, retailer);
    }
}
