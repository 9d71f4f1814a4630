package io.inversionpicks.catalog;

import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offers the link checker found broken or redirected away (twice in a row), overlaid on the catalogue: readers
 * don't see them, and a product left with no offer is not shown at all. Link health is retailer data, like
 * {@link RetailerPrices}: it lives in the database and is never written to the catalogue files.
 *
 * @param hidden the URL found broken, per offer: an offer an editor gave another URL since is shown at once
 */
public record LinkHealth(Map<OfferKey, String> hidden) {

    public static final LinkHealth NONE = new LinkHealth(Map.of());

    public LinkHealth {
        hidden = Map.copyOf(hidden);
    }

    /**
     * Whether readers stop seeing this offer: the checker hid it, with the URL it still has, and no editor pinned it.
     */
    public boolean hides(Product product, Offer offer) {
        return !hidden.isEmpty() && offer.url().equals(hidden.get(new OfferKey(product.id(), offer.retailer())))
                && offer.showAnyway() == null;
    }

    /** The product as readers see it: without its hidden offers; null when none is left. */
    Product shown(Product product) {
        if (hidden.isEmpty()) {
            return product;
        }
        List<Offer> shown = new ArrayList<>(product.offers().size());
        for (Offer offer : product.offers()) {
            if (!hides(product, offer)) {
                shown.add(offer);
            }
        }
        if (shown.size() == product.offers().size()) {
            return product;
        }
        return shown.isEmpty() ? null : product.withOffers(shown);
    }
}
