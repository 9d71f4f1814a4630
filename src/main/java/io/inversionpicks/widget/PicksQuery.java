package io.inversionpicks.widget;

import java.net.URI;
import io.inversionpicks.catalog.ProductQuery;
import io.inversionpicks.recommend.RecommendationQuery;

import java.util.Optional;

/**
 * A validated recommendation-widget request: either a reader's profile (personal picks, as
 * {@code GET /recommendations}) or the blogger's filters alone (the first cards of {@code GET /products}).
 *
 * @param reader  the reader's question; null when the reader told us nothing
 * @param listing the products to list when {@code reader} is null; null otherwise
 * @param post    the blog post the page is on, credited with its clicks
 * @param base    the address readers reached this service at, see {@link EmbeddingPost#pageBase}
 */
record PicksQuery(RecommendationQuery reader, ProductQuery listing, WidgetLook look, Optional<String> post,
                  ReaderProfileForm form, URI base) {
}
