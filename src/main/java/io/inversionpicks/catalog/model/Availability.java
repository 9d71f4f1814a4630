package io.inversionpicks.catalog.model;

/**
 * Whether a retailer can sell an offer now, as its API or feed says. Retailer data, not catalogue data: it comes
 * with a fetched price and is as old as that price.
 */
public enum Availability implements Slugged {
    IN_STOCK,
    OUT_OF_STOCK,
    /** The source said nothing usable (or something such as a pre-order): shown as neither. */
    UNKNOWN
}
