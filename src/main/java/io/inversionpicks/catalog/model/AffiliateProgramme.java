package io.inversionpicks.catalog.model;

/**
 * How a retailer's links carry our affiliate tag ({@code ?<tagParameter>=<tagValue>}), and where the programme allows
 * the prices we show to come from.
 */
public record AffiliateProgramme(String id, String name, String tagParameter, String tagValue, PriceSource prices) {

    public AffiliateProgramme {
        prices = prices == null ? PriceSource.CATALOGUE : prices;
    }

    /** A programme whose prices an editor may write into the catalogue. */
    public AffiliateProgramme(String id, String name, String tagParameter, String tagValue) {
        this(id, name, tagParameter, tagValue, PriceSource.CATALOGUE);
    }
}
