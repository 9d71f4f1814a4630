package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Product;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A validated, normalised {@code /products} query. Being a record with sorted sets, it doubles as the response
 * cache key: two spellings of the same query share one cached response.
 */
public record ProductQuery(
        Boolean beginner,
        SortedSet<String> categories,
        Boolean lumbarSupport,
        Boolean foldable,
        SortedSet<String> brands,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Double userWeightKg,
        Double userHeightCm,
        String text,
        ProductSort sort,
        int page,
        int size) {

    public static final BigDecimal MAX_PRICE = new BigDecimal("100000");
    public static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE = 10_000;
    static final int MAX_TEXT = 100;

    public ProductQuery {
        categories = new TreeSet<>(categories);
        brands = new TreeSet<>(brands.stream().map(b -> b.toLowerCase(Locale.ROOT)).toList());
        text = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    public static ProductQuery all() {
        return new ProductQuery(null, new TreeSet<>(), null, null, new TreeSet<>(), null, null, null, null, null,
                ProductSort.DEFAULT, 1, MAX_PAGE_SIZE);
    }

    /** All filters combined with AND, prices as {@code model} knows them. */
    public Predicate<Product> filter(ReadModel model) {
        Predicate<Product> all = p -> true;
        if (beginner != null) {
            all = all.and(p -> p.beginnerFriendly() == beginner);
        }
        if (!categories.isEmpty()) {
            all = all.and(p -> categories.contains(p.category()));
        }
        if (lumbarSupport != null) {
            all = all.and(p -> p.lumbarSupport() == lumbarSupport);
        }
        if (foldable != null) {
            all = all.and(p -> p.foldable() == foldable);
        }
        if (!brands.isEmpty()) {
            all = all.and(p -> brands.contains(p.brand().toLowerCase(Locale.ROOT)));
        }
        if (minPrice != null) {
            all = all.and(p -> model.knownPrice(p) != null && model.knownPrice(p).compareTo(minPrice) >= 0);
        }
        if (maxPrice != null) {
            all = all.and(p -> model.knownPrice(p) != null && model.knownPrice(p).compareTo(maxPrice) <= 0);
        }
        if (userWeightKg != null) {
            all = all.and(p -> p.supportsWeightKg(userWeightKg));
        }
        if (userHeightCm != null) {
            all = all.and(p -> p.fitsHeightCm(userHeightCm));
        }
        if (text != null) {
            all = all.and(p -> relevance(p) > 0);
        }
        return all;
    }

    /** 3 for a name match, 2 for the brand, 1 for the summary, 0 for none. */
    int relevance(Product product) {
        if (text == null) {
            return 0;
        }
        if (product.name().toLowerCase(Locale.ROOT).contains(text)) {
            return 3;
        }
        if (product.brand().toLowerCase(Locale.ROOT).contains(text)) {
            return 2;
        }
        return product.summary().toLowerCase(Locale.ROOT).contains(text) ? 1 : 0;
    }

}
