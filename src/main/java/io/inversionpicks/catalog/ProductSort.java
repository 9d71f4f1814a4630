package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Slugged;

import java.util.Comparator;

/** Orders for {@code GET /products}. Ties always fall back to the id, so pages are stable. */
public enum ProductSort implements Slugged {
    /** By category, then price: the order a browsing reader expects; text matches come first with {@code q}. */
    DEFAULT,
    PRICE_ASC,
    PRICE_DESC,
    NAME,
    MAX_WEIGHT_DESC;

    Comparator<Product> comparator(ReadModel model) {
        Comparator<Product> order = switch (this) {
            case DEFAULT -> Comparator.comparingInt((Product p) -> model.categoryRank(p.category()))
                    .thenComparing(model.knownPrices().ascending());
            case PRICE_ASC -> model.knownPrices().ascending();
            case PRICE_DESC -> model.knownPrices().descending();
            case NAME -> Comparator.comparing((Product p) -> p.name().toLowerCase(java.util.Locale.ROOT));
            case MAX_WEIGHT_DESC -> Comparator.comparingDouble(Product::maxUserWeightKg).reversed();
        };
        return order.thenComparing(Product::id);
    }
}
