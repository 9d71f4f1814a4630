package io.inversionpicks.widget;

import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.compare.CompareService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds the comparison widget's iframe page: the comparison of {@code GET /compare}, with the widget's options.
 * Products retired or removed since the blogger chose them are left out with a note, as a post outlives products.
 */
@ApplicationScoped
public class ComparePages {

    private final CompareService compare;
    private final WidgetLinks links;

    public ComparePages(CompareService compare, WidgetLinks links) {
        this.compare = compare;
        this.links = links;
    }

    public ComparePage page(ReadModel model, ComparePageQuery query) {
        return ComparePage.of(compare.remaining(model, query.products()), links, query.look(), query.post(),
                query.base());
    }
}
