package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Offer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Prices obtained from retailers' APIs, overlaid on the catalogue's offers: the only prices ever shown for a
 * programme whose prices are {@code api-only} (Amazon). They are retailer data, not catalogue data, so they are never
 * written to the catalogue files; the API sync supplies them, and until it runs there are none.
 *
 * @param byOffer    price per {@link OfferKey}, each with the moment the API returned it as its {@code asOf}
 * @param outOfStock offers the API said are out of stock, with the moment it said so: like a price, the statement
 *                   may be shown only as long as the retailer allows
 * @param images     the product image URL the same fetch gave (https only), shown with that fetch's price or
 *                   out-of-stock statement and no longer: the image itself stays at the retailer, never copied
 */
public record RetailerPrices(Map<OfferKey, Offer.Price> byOffer, Map<OfferKey, Instant> outOfStock,
                             Map<OfferKey, String> images) {

    public static final RetailerPrices NONE = new RetailerPrices(Map.of());

    public RetailerPrices(Map<OfferKey, Offer.Price> byOffer) {
        this(byOffer, Map.of(), Map.of());
    }

    /** One product at one retailer. */
    public record OfferKey(String productId, String retailer) {
    }

    public RetailerPrices {
        byOffer = Map.copyOf(byOffer);
        outOfStock = Map.copyOf(outOfStock);
        images = Map.copyOf(images);
    }

    public Optional<String> image(String productId, String retailer) {
        return Optional.ofNullable(images.get(new OfferKey(productId, retailer)));
    }

    public Optional<Offer.Price> price(String productId, String retailer) {
        return Optional.ofNullable(byOffer.get(new OfferKey(productId, retailer)));
    }

    /** When the API last said this offer is out of stock; empty if it did not. */
    public Optional<Instant> outOfStockSince(String productId, String retailer) {
        return Optional.ofNullable(outOfStock.get(new OfferKey(productId, retailer)));
    }
}
