package io.inversionpicks.click;

/**
 * A request for {@code /go/{productId}/{retailer}}, as the resource read it. Everything here is untrusted input; it
 * is only ever compared with catalogue ids or stored after normalising, never used to build the redirect target.
 *
 * @param head     a HEAD request: link checkers and previews, not a reader
 * @param prefetch the browser announced a prefetch or prerender, so no reader has clicked yet
 */
public record Visit(String productId, String retailer, String placement, String post, String referer,
                    String userAgent, boolean head, boolean prefetch) {
}
