package io.inversionpicks.click;

import io.inversionpicks.click.store.Channel;

/**
 * A page's report that a reader followed a direct link ({@code POST /clicks/{productId}/{retailer}}), as the resource
 * read it. Everything but the channel is untrusted input, only compared with the catalogue or stored after
 * normalising.
 *
 * @param pingFrom the page the link was on (Ping-From, sent with {@code <a ping>})
 * @param pingTo   where the link went (Ping-To); must be the retailer's host
 * @param clickId  the page's id for the click, already checked to be well-formed, or null
 */
public record ClickReport(String productId, String retailer, String placement, String post, String pingFrom,
                          String pingTo, String referer, String userAgent, Channel channel, String clickId) {
}
