package io.inversionpicks.links.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** One product at one retailer, as a key. */
@Embeddable
public class OfferKeyColumns implements Serializable {

    @Column(name = "product_id", length = 80)
    public String productId;

    @Column(length = 80)
    public String retailer;

    public OfferKeyColumns() {
    }

    OfferKeyColumns(String productId, String retailer) {
        this.productId = productId;
        this.retailer = retailer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferKeyColumns key && key.productId.equals(productId)
                && key.retailer.equals(retailer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, retailer);
    }
}
