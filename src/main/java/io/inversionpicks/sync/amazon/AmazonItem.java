package io.inversionpicks.sync.amazon;

import io.inversionpicks.catalog.model.Availability;

import java.math.BigDecimal;

/**
 * What {@code getItems} said of one ASIN: the first listing's price (the buy box, when Amazon marks one), its
 * availability and the primary image's address. A null amount means Amazon gave no price (no listing, say).
 */
public record AmazonItem(String asin, BigDecimal amount, String currency, Availability availability,
                         String imageUrl) {
}
