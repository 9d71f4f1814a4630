package io.inversionpicks.widget;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.ProductPage;
import io.inversionpicks.catalog.ProductService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SafetyGuidance;
import io.inversionpicks.recommend.RecommendationService;
import io.inversionpicks.recommend.Recommendations;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what a recommendation widget shows: personal recommendations when a reader profile is given (the same
 * answer as {@code GET /recommendations}), otherwise the products matching the blogger's filters (as
 * {@code GET /products}).
 */
@ApplicationScoped
public class PicksService {

    private final ProductService products;
    private final RecommendationService recommendations;
    private final WidgetLinks links;

    public PicksService(ProductService products, RecommendationService recommendations, WidgetLinks links) {
        this.products = products;
        this.recommendations = recommendations;
        this.links = links;
    }

    public PicksPage picks(ReadModel model, PicksQuery query) {
        Optional<String> post = query.post();
        URI base = query.base();
        if (query.reader() != null) {
            Recommendations answer = recommendations.recommend(model, query.reader());
            List<PickCard> picked = answer.items().stream()
                    .map(item -> card(item.product(), item.reasons(), item.cautions(), post, base)).toList();
            return new PicksPage(picked, answer.disclosure(), answer.safety(), answer.advisory(),
                    answer.precautions(), query.look(), query.form());
        }
        ProductPage page = products.search(model, query.listing());
        List<PickCard> listed = page.items().stream()
                .map(p -> card(p, List.of(), p.cautions(), post, base))
                .toList();
        return new PicksPage(listed, page.disclosure(), SafetyGuidance.STANDARD, null, List.of(), query.look(),
                query.form());
    }

    private PickCard card(ProductView product, List<String> reasons, List<String> cautions, Optional<String> post,
                          URI base) {
        return new PickCard(product, reasons, cautions, links.offers(product, Placement.WIDGET, post, base));
    }
}
