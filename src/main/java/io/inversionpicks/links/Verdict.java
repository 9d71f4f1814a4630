package io.inversionpicks.links;

import io.inversionpicks.catalog.model.Slugged;

/** What one check of one link found. */
public enum Verdict implements Slugged {
    /** 2xx on the product page (or on the same product's new address). */
    OK,
    /** 404 or 410. */
    NOT_FOUND,
    /** The final page is the retailer's home page, a search page, another product or another site. */
    REDIRECTED_AWAY,
    /** The page says it cannot be bought now (text, or schema.org availability in its JSON-LD). */
    OUT_OF_STOCK,
    /** 401, 403, 429 or a bot wall: we don't know, so it never counts against the link. */
    BLOCKED,
    /** DNS failure, connection refused, timeout, 5xx, too many redirects or a loop. */
    UNREACHABLE,
    /** Not crawled (Amazon) and nothing known from its API. */
    UNKNOWN;

    /** A verdict that, twice in a row, hides the offer. */
    public boolean hides() {
        return this == NOT_FOUND || this == REDIRECTED_AWAY;
    }

    /** A verdict that says the link works and brings a hidden offer back. */
    public boolean passes() {
        return this == OK || this == OUT_OF_STOCK;
    }
}
