package io.inversionpicks.sync.store;

import io.inversionpicks.catalog.model.Availability;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a retailer's API or feed said about one offer (a product at a retailer) at one moment.
 *
 * @param source  {@code amazon-api}, {@code feed:<name>}
 * @param amount  null when the source gave no usable price (unknown item, no listing, out of stock)
 * @param problem why the source had no data for the offer, in the source's words; null when it had
 */
public record FetchedOffer(String productId, String retailer, String source, BigDecimal amount, String currency,
                           Availability availability, String imageUrl, String problem, Instant fetchedAt) {

    public static final String AMAZON_API = "amazon-api";

    /** An offer the source knows nothing about now, e.g. an ASIN Amazon no longer serves. */
    public static FetchedOffer unknown(String productId, String retailer, String source, String problem,
                                       Instant fetchedAt) {
        return new FetchedOffer(productId, retailer, source, null, null, Availability.UNKNOWN, null, problem,
                fetchedAt);
    }

    public boolean hasPrice() {
        return amount != null && currency != null;
    }
}
