package io.inversionpicks.sync.feed;

import java.util.Objects;

/**
 * A catalogue offer that a feed row may update: the product it belongs to, the retailer, and what identifies it at
 * the retailer.
 *
 * @param sku  the retailer's own product id, or null
 * @param gtin the barcode number, or null
 */
public record OfferRef(String productId, String retailer, String url, String sku, String gtin) {

    public OfferRef {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(retailer, "retailer");
    }
}
