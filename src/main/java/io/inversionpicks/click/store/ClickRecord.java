package io.inversionpicks.click.store;

import io.inversionpicks.catalog.Placement;

import java.time.Instant;

/**
 * One counted click. There is deliberately no IP address or full user agent: only whether the client looked like a
 * robot.
 *
 * @param catalogueVersion label of the catalogue version that was live, so a changed offer can be told apart
 * @param sourcePost       scheme, host and path of the blog post, or null when unknown
 */
public record ClickRecord(Instant at, String productId, String retailer, String catalogueVersion,
                          Placement placement, String sourcePost, boolean bot) {
}
