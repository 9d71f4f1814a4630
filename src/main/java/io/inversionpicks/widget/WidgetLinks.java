package io.inversionpicks.widget;

import java.net.URI;
import io.inversionpicks.catalog.AffiliateLinks;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.ProductView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The retailer links of the server-rendered widget pages: the same links as the API, built by
 * {@link AffiliateLinks}, but attributed to the widget (cards) or the comparison table, and to the blog post the page
 * is embedded in: on the {@code /go/...} URL of a tracked link, on the ping URL of a direct one.
 */
@ApplicationScoped
public class WidgetLinks {

    private final CatalogueService catalogue;
    private final AffiliateLinks links;

    public WidgetLinks(CatalogueService catalogue, AffiliateLinks links) {
        this.catalogue = catalogue;
        this.links = links;
    }

    /**
     * @param post the blog post the page is embedded in, if known: the clicks are attributed to it
     * @param base the address readers reached this service at, for the absolute ping URLs of direct links
     */
    public List<WidgetOffer> offers(ProductView view, Placement placement, Optional<String> post, URI base) {
        Product product = catalogue.current().product(view.id()).orElseThrow();
        return view.offers().stream().map(offer -> shown(product, offer, placement, post, base)).toList();
    }

    /** A direct link keeps its href (the retailer's own URL) and gets the page's attribution on its ping URL. */
    private WidgetOffer shown(Product product, OfferView offer, Placement placement, Optional<String> post,
                              URI base) {
        Offer source = product.offerAt(offer.retailer()).orElseThrow();
        if (offer.link().ping() != null) {
            return new WidgetOffer(offer, offer.link().href(), links.widgetPageClickUrl(base, product, source, placement, post));
        }
        return new WidgetOffer(offer, links.trackedUrl(product, source, placement, post), null);
    }
}
