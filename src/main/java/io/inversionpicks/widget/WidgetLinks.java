package io.inversionpicks.widget;

import io.inversionpicks.catalog.AffiliateLinks;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.ProductView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The retailer links of the server-rendered widget pages: the same tracked {@code /go/...} redirects as the API,
 * built by {@link AffiliateLinks}, but attributed to the widget (cards) or the comparison table.
 */
@ApplicationScoped
public class WidgetLinks {

    private final CatalogueService catalogue;
    private final AffiliateLinks links;

    public WidgetLinks(CatalogueService catalogue, AffiliateLinks links) {
        this.catalogue = catalogue;
        this.links = links;
    }

    public List<WidgetOffer> offers(ProductView view, Placement placement) {
        Product product = catalogue.current().product(view.id()).orElseThrow();
        return view.offers().stream().map(offer -> new WidgetOffer(offer,
                links.trackedUrl(product, product.offerAt(offer.retailer()).orElseThrow(), placement))).toList();
    }
}
