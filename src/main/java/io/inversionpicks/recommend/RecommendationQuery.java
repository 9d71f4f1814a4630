package io.inversionpicks.recommend;

import io.inversionpicks.catalog.ProductQuery;

/**
 * A validated {@code /recommendations} request: the reader's profile, how many picks, and the filters that narrow
 * the products to rank ({@link ProductQuery#all()} when a condition is reported, as nothing is ranked then).
 */
public record RecommendationQuery(Profile profile, int limit, ProductQuery candidates) {
}
