package io.inversionpicks.sync.store;

import io.inversionpicks.catalog.model.Availability;
import io.inversionpicks.catalog.model.Slugged;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The latest retailer data of one offer (table {@code retailer_offer_data}, see V5__retailer_offer_data.sql). */
@Entity
@Table(name = "retailer_offer_data")
public class RetailerOfferEntity extends PanacheEntityBase {

    /** One product at one retailer. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "product_id", length = 80)
        public String productId;

        @Column(length = 80)
        public String retailer;

        public Key() {
        }

        Key(String productId, String retailer) {
            this.productId = productId;
            this.retailer = retailer;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.productId.equals(productId) && key.retailer.equals(retailer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, retailer);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 120)
    public String source;

    @Column(precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(length = 3)
    public String currency;

    @Column(nullable = false, length = 16)
    public String availability;

    @Column(name = "image_url", length = 2000)
    public String imageUrl;

    @Column(length = 500)
    public String problem;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    void set(FetchedOffer offer) {
        source = offer.source();
        amount = offer.amount();
        currency = offer.currency();
        availability = offer.availability().slug();
        imageUrl = offer.imageUrl();
        problem = offer.problem() == null ? null : shorten(offer.problem(), 500);
        fetchedAt = offer.fetchedAt();
    }

    FetchedOffer toRecord() {
        return new FetchedOffer(key.productId, key.retailer, source, amount, currency,
                Slugged.fromSlug(Availability.class, availability).orElse(Availability.UNKNOWN), imageUrl, problem,
                fetchedAt);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
