package io.inversionpicks.catalog.model;

/**
 * What a newcomer sees of equipment for experienced users only (gravity boots). Either way such a product is never
 * ranked first for a newcomer; that guarantee is in code, not in this choice.
 */
public enum NewcomerPolicy implements Slugged {
    /** Listed after every other pick, with a caution. */
    CAUTION,
    /** Listed among the excluded products, with the reason. */
    EXCLUDE;
}
