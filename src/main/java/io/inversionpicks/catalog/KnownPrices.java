package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each product's lowest known price, what price filters and price sorting go by: per offer, the price a retailer's
 * API or feed gave last, else the one typed into the files where the retailer allows typed prices (never for
 * Amazon). An offer its retailer last said is out of stock has no price to go by. Shown prices may be hidden for age
 * between two publications; filters keep going by the last known ones, as recommendations judge a budget by them.
 */
final class KnownPrices {

    private final Map<String, BigDecimal> byProduct;

    /** @param products the products shown, each with the offers shown (broken links left out) */
    KnownPrices(Catalogue catalogue, List<Product> products, RetailerPrices fetched) {
        Map<String, Retailer> retailers = catalogue.retailersById();
        Map<String, BigDecimal> lowest = new HashMap<>();
        for (Product product : products) {
            for (Offer offer : product.offers()) {
                BigDecimal price = price(product, offer, retailers.get(offer.retailer()), catalogue, fetched);
                if (price != null) {
                    lowest.merge(product.id(), price, BigDecimal::min);
                }
            }
        }
        this.byProduct = Map.copyOf(lowest);
    }

    private static BigDecimal price(Product product, Offer offer, Retailer retailer, Catalogue catalogue,
                                    RetailerPrices fetched) {
        if (fetched.outOfStockSince(product.id(), offer.retailer()).isPresent()) {
            return null;
        }
        Offer.Price price = fetched.price(product.id(), offer.retailer()).orElse(
                ProductViews.pricesOnlyFromApi(catalogue, retailer) ? null : offer.price());
        return price == null ? null : price.amount();
    }

    /** Null when no price is known. */
    BigDecimal of(Product product) {
        return byProduct.get(product.id());
    }

    /** Cheapest first, products without a known price last. */
    Comparator<Product> ascending() {
        return Comparator.comparing(this::of, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Dearest first, products without a known price still last: they have no place on a price scale. */
    Comparator<Product> descending() {
        return Comparator.comparing(this::of, Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
