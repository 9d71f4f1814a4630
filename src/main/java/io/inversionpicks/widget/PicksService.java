package io.inversionpicks.widget;

import io.inversionpicks.catalog.ProductPage;
import io.inversionpicks.catalog.ProductService;
import io.inversionpicks.common.ParamReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Chooses the products a recommendation widget shows, from the same filters as {@code GET /products}. */
@ApplicationScoped
public class PicksService {

    static final int MAX_CARDS = 12;
    static final int DEFAULT_CARDS = 3;

    private final ProductService products;

    public PicksService(ProductService products) {
        this.products = products;
    }

    public PicksPage picks(WidgetPicksParams params) {
        ParamReader in = new ParamReader();
        int limit = in.integer("limit", params.limit, 1, MAX_CARDS, DEFAULT_CARDS);
        WidgetLook look = WidgetLook.read(in, params.theme, params.form);
        in.throwIfInvalid();
        params.size = Integer.toString(limit);
        params.page = null;
        ProductPage page = products.find(params);
        List<PickCard> cards = page.items().stream().map(p -> new PickCard(p, List.of(), List.of())).toList();
        return new PicksPage(cards, page.disclosure(), SafetyNote.DEFAULT, null, look);
    }
}
