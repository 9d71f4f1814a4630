package io.inversionpicks.catalog.model;

/**
 * Where an affiliate programme allows the prices we show to come from. Amazon Associates allows only prices
 * "obtained via Creators API or PA API", so a price typed into a catalogue file must never be shown for it.
 */
public enum PriceSource implements Slugged {
    /** An editor may write the price they saw into the offer, with when they saw it. */
    CATALOGUE,
    /** Only the retailer's API may supply a price; an offer file must not carry one. */
    API_ONLY;
}
