package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Offer;

import java.util.Map;
import java.util.Optional;

/**
 * Prices obtained from retailers' APIs, overlaid on the catalogue's offers: the only prices ever shown for a
 * programme whose prices are {@code api-only} (Amazon). They are retailer data, not catalogue data, so they are never
 * written to the catalogue files; the API sync supplies them, and until it runs there are none.
 *
 * @param byOffer price per {@link OfferKey}, each with the moment the API returned it as its {@code asOf}
 */
public record RetailerPrices(Map<OfferKey, Offer.Price> byOffer) {

    public static final RetailerPrices NONE = new RetailerPrices(Map.of());

    /** One product at one retailer. */
    public record OfferKey(String productId, String retailer) {
    }

    public RetailerPrices {
        byOffer = Map.copyOf(byOffer);
    }

    public Optional<Offer.Price> price(String productId, String retailer) {
        return Optional.ofNullable(byOffer.get(new OfferKey(productId, retailer)));
    }
}
