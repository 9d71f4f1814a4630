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

    static final int MAX_CARDS = 12;
    static final int DEFAULT_CARDS = 3;

    private final ProductService products;
    private final RecommendationService recommendations;
    private final WidgetLinks links;
    private final EmbeddingPost embeddingPost;

    public PicksService(ProductService products, RecommendationService recommendations, WidgetLinks links,
                        EmbeddingPost embeddingPost) {
        this.products = products;
        this.recommendations = recommendations;
        this.links = links;
        this.embeddingPost = embeddingPost;
    }

    /** @param self the base URI of this request, see {@link EmbeddingPost} */
    public PicksPage picks(WidgetPicksParams params, URI self) {
        ParamReader in = new ParamReader();
        int cards = in.integer("limit", params.limit, 1, MAX_CARDS, DEFAULT_CARDS);
        WidgetLook look = WidgetLook.read(in, params.embedding.theme, params.form);
        Optional<String> post = embeddingPost.read(in, params.embedding.post, params.embedding.referer, self);
        if (!params.reportsCondition()) {
            // A reader who reported a condition gets the advice even past a bad option, which keeps its default.
            in.throwIfInvalid();
        }
        ReaderProfileForm form = ReaderProfileForm.of(params, post);
        if (params.hasReaderProfile()) {
            Recommendations answer = recommendations.recommendations(params.recommendationParams(cards));
            List<PickCard> picked = answer.items().stream()
                    .map(item -> card(item.product(), item.reasons(), item.cautions(), post)).toList();
            return new PicksPage(picked, answer.disclosure(), answer.safety(), answer.advisory(), look, form);
        }
        params.size = Integer.toString(cards);
        params.page = null;
        ProductPage page = products.find(params);
        List<PickCard> listed = page.items().stream().map(p -> card(p, List.of(), List.of(), post)).toList();
        return new PicksPage(listed, page.disclosure(), SafetyGuidance.STANDARD, null, look, form);
    }

    private PickCard card(ProductView product, List<String> reasons, List<String> cautions, Optional<String> post) {
        return new PickCard(product, reasons, cautions, links.offers(product, Placement.WIDGET, post));
    }
}
