package io.inversionpicks.widget;

import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.ProductView;

import java.util.List;

/** One recommendation card: the product, and why it was picked or what to watch out for. */
public record PickCard(ProductView product, List<String> reasons, List<String> cautions, List<WidgetOffer> offers) {

    /** Cards are short: at most three pros. */
    static final int SHOWN_PROS = 3;

    /** The offer with the lowest current price, or null when no price is fresh enough to show. */
    public OfferView cheapest() {
        return product.price() == null ? null : product.offers().stream()
                .filter(o -> o.price() != null && o.retailer().equals(product.price().retailer())).findFirst()
                .orElse(null);
    }

    public List<String> topPros() {
        return product.pros().subList(0, Math.min(SHOWN_PROS, product.pros().size()));
    }
}
