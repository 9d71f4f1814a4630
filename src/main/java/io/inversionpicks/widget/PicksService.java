package io.inversionpicks.widget;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.ProductPage;
import io.inversionpicks.catalog.ProductService;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.recommend.RecommendationService;
import io.inversionpicks.recommend.Recommendations;
import io.inversionpicks.recommend.SafetyGuidance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Chooses what a recommendation widget shows: personal recommendations when a reader profile is given (the same
 * answer as {@code GET /recommendations}), otherwise the products matching the blogger's filters (as
 * {@code GET /products}).
 */
@ApplicationScoped
public class PicksService {

    static final int MAX_CARDS = 12;
    static final int DEFAULT_CARDS = 3;

    private final ProductService products;
    private final RecommendationService recommendations;
    private final WidgetLinks links;

    public PicksService(ProductService products, RecommendationService recommendations, WidgetLinks links) {
        this.products = products;
        this.recommendations = recommendations;
        this.links = links;
    }

    public PicksPage picks(WidgetPicksParams params) {
        ParamReader in = new ParamReader();
        int cards = in.integer("limit", params.limit, 1, MAX_CARDS, DEFAULT_CARDS);
        WidgetLook look = WidgetLook.read(in, params.theme, params.form);
        in.throwIfInvalid();
        ReaderProfileForm form = ReaderProfileForm.of(params);
        if (params.hasReaderProfile()) {
            Recommendations answer = recommendations.recommendations(params.recommendationParams(cards));
            List<PickCard> picked = answer.items().stream()
                    .map(item -> card(item.product(), item.reasons(), item.cautions())).toList();
            return new PicksPage(picked, answer.disclosure(), answer.safety(), answer.advisory(), look, form);
        }
        params.size = Integer.toString(cards);
        params.page = null;
        ProductPage page = products.find(params);
        List<PickCard> listed = page.items().stream().map(p -> card(p, List.of(), List.of())).toList();
        return new PicksPage(listed, page.disclosure(), SafetyGuidance.STANDARD, null, look, form);
    }

    private PickCard card(ProductView product, List<String> reasons, List<String> cautions) {
        return new PickCard(product, reasons, cautions, links.offers(product, Placement.WIDGET));
    }
}
