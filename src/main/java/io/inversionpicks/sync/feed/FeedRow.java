package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;

import java.math.BigDecimal;

/**
 * One product of a feed, checked: at least one of productUrl, sku and gtin is there, and everything that is there is
 * usable.
 *
 * @param record       the record's number, as in {@link FeedProblem#record()}
 * @param productUrl   an absolute http or https URL, or null
 * @param sku          the retailer's own product id, trimmed, or null
 * @param gtin         8 to 14 digits as written (leading zeros kept), or null
 * @param price        above zero and at most 100000; null only for a product that is
 *                     {@link Availability#OUT_OF_STOCK} and has no price in the feed (feeds often leave it blank)
 * @param currency     ISO 4217 code in upper case; never null
 * @param availability never null
 * @param imageUrl     an absolute http or https URL, or null (other schemes are dropped, not reported)
 */
public record FeedRow(long record, String productUrl, String sku, String gtin, BigDecimal price, String currency,
                      Availability availability, String imageUrl) {
}
