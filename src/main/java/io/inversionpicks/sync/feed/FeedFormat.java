package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Slugged;

/** How a retailer's product feed is written; affiliate networks (Awin, CJ, Impact, Rakuten, Walmart) offer these. */
public enum FeedFormat implements Slugged {
    /**
     * Comma-separated with a header row. A field may be quoted with {@code "}; a quoted field may hold commas, line
     * breaks and quotes written twice ({@code ""}).
     */
    CSV,
    /**
     * Tab-separated with a header row, without quoting (text/tab-separated-values): a {@code "} is part of the value,
     * so a product name such as {@code 5" foam pad} cannot make the rest of the file one long quoted field.
     */
    TSV,
    /** One element per product (see {@link FeedMapping#itemElement()}); its child elements are the fields. */
    XML,
    /** An array of objects, at the top or in one property of a top-level object (see {@link FeedMapping#arrayProperty()}). */
    JSON
}
