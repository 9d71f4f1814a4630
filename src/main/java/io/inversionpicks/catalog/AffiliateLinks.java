package io.inversionpicks.catalog;

import io.inversionpicks.catalog.link.AmazonProductPath;
import io.inversionpicks.catalog.link.CheckedOfferUrl;
import io.inversionpicks.catalog.link.OfferUrls;
import io.inversionpicks.catalog.link.TrackingParameters;
import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.LinkStyle;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.DisclosedLink;
import io.inversionpicks.common.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place retailer URLs are turned into links. Everything that leaves the service goes through
 * {@link #link}, so the rel attribute and disclosure can't be forgotten by any endpoint. How a link looks depends on
 * the retailer's {@link LinkStyle}: a tracked link points to this service's {@code /go/{productId}/{retailer}}
 * redirect, which counts the click and then sends the reader on to {@link #affiliateUrl}; a direct link (Amazon,
 * whose policy forbids redirecting links) is the {@link #affiliateUrl} itself, with a {@link #clickUrl} that the
 * page pings so the click is still counted.
 */
@ApplicationScoped
public class AffiliateLinks {

    private static final Logger LOG = Logger.getLogger(AffiliateLinks.class);

    private final SiteConfig site;

    private final String goPrefix;
    private final String clicksPrefix;

    public AffiliateLinks(SiteConfig site) {
        this.site = site;
        this.goPrefix = pathUnder(site.publicBaseUrl(), "go");
        this.clicksPrefix = pathUnder(site.publicBaseUrl(), "clicks");
    }

    /** {@code https://picks.example/} and {@code go} give {@code https://picks.example/go/}, ready for the ids. */
    static String pathUnder(String base, String segment) {
        return URI.create(base).toString().replaceAll("/+$", "") + "/" + segment + "/";
    }

    /**
     * Whether links to this retailer go straight to it. A retailer with an Amazon host always does, even in a
     * catalogue version recorded before link styles existed (the loader rejects any other style for it today).
     */
    public static boolean isDirect(Retailer retailer) {
        return retailer.linkStyle() == LinkStyle.DIRECT
                || retailer.allowedHosts().stream().anyMatch(AmazonProductPath::isAmazonHost);
    }

    /**
     * The retailer URL carrying our affiliate tag: where a reader finally lands. Empty, and the offer not linked at
     * all, if its URL could pass on another party's affiliate or tracking parameter ({@link OfferUrls}): loading
     * refuses such a URL, but a version recorded by an older release may still hold one.
     */
    public Optional<String> affiliateUrl(Catalogue catalogue, Offer offer) {
        Retailer retailer = catalogue.retailer(offer.retailer()).orElseThrow();
        AffiliateProgramme programme = catalogue.programmesById().get(retailer.programme());
        CheckedOfferUrl checked = OfferUrls.check(offer.url(), TrackingParameters.withTagsOf(catalogue.programmes()));
        if (checked instanceof CheckedOfferUrl.Taggable url) {
            return Optional.of(url.withTag(programme.tagParameter(), programme.tagValue()));
        }
        LOG.errorf("Not linking the offer %s at %s: %s", offer.url(), offer.retailer(),
                ((CheckedOfferUrl.Refused) checked).reason());
        return Optional.empty();
    }

    /** A link shown by the JSON API; see {@link #link(Catalogue, Product, Offer, Placement)}. */
    public DisclosedLink link(Catalogue catalogue, Product product, Offer offer) {
        return link(catalogue, product, offer, Placement.API);
    }

    /** A link attributed to where it is shown (widget, compare table …), for the click statistics. */
    public DisclosedLink link(Catalogue catalogue, Product product, Offer offer, Placement placement) {
        String disclosure = disclosureFor(catalogue, offer.retailer());
        if (isDirect(catalogue.retailer(offer.retailer()).orElseThrow())) {
            // A refused URL is not linked: the reader gets the /go link, which has no target for it and says so.
            Optional<String> direct = affiliateUrl(catalogue, offer);
            if (direct.isPresent()) {
                return new DisclosedLink(direct.get(), clickUrl(product, offer, placement), offer.retailer(),
                        DisclosedLink.REL, disclosure);
            }
        }
        return new DisclosedLink(trackedUrl(product, offer, placement), null, offer.retailer(), DisclosedLink.REL,
                disclosure);
    }

    /**
     * {@code {site.public-base-url}/clicks/{productId}/{retailer}?placement=…}: where a page reports a click on a
     * direct link ({@code <a ping>}, {@code navigator.sendBeacon}). Built like {@link #trackedUrl}.
     */
    public String clickUrl(Product product, Offer offer, Placement placement) {
        return clicksPrefix + product.id() + "/" + offer.retailer() + "?placement=" + placement.slug();
    }

    /**
     * The click URL of a direct link on one of the widget's iframe pages ({@code /widget/picks},
     * {@code /widget/compare}), carrying the blog post as {@code post=}. Absolute (HTML wants an http(s) URL in
     * {@code ping}), on {@code base}: the origin that served the page, the only one its Content-Security-Policy
     * ({@code connect-src 'self'}) lets it reach.
     *
     * @param base the address readers reached this service at, ending in "/"
     */
    public String widgetPageClickUrl(URI base, Product product, Offer offer, Placement placement,
                                     Optional<String> post) {
        return withPost(base + "clicks/" + product.id() + "/" + offer.retailer() + "?placement=" + placement.slug(), post);
    }

    /**
     * {@code {site.public-base-url}/go/{productId}/{retailer}?placement=…}: the redirect that counts the click.
     * Plain concatenation, because every read model renders one per offer (tens of thousands for a large catalogue)
     * and all three parts are slugs, which the schemas and {@link Placement} keep free of characters to escape.
     */
    public String trackedUrl(Product product, Offer offer, Placement placement) {
        return goPrefix + product.id() + "/" + offer.retailer() + "?placement=" + placement.slug();
    }

    /**
     * The tracked link of a page embedded in a blog post (the widget's iframe pages), carrying the post's address as
     * {@code post=}: the iframe's own address is all the Referer of such a click would name.
     */
    public String trackedUrl(Product product, Offer offer, Placement placement, Optional<String> post) {
        return withPost(trackedUrl(product, offer, placement), post);
    }

    private static String withPost(String url, Optional<String> post) {
        return post.map(p -> url + "&post=" + URLEncoder.encode(p, StandardCharsets.UTF_8)).orElse(url);
    }

    /** The general disclosure with the site name filled in. */
    public String generalDisclosure(Catalogue catalogue) {
        return catalogue.disclosures().general().replace("{siteName}", site.name());
    }

    /** General text plus the programme's own statement (for Amazon, the Associates statement). */
    public String disclosureFor(Catalogue catalogue, String retailerId) {
        return generalDisclosure(catalogue) + " " + programmeStatement(catalogue, retailerId);
    }

    /** The programme statements that the given retailers' links require, in first-seen order. */
    public List<String> statementsFor(Catalogue catalogue, Iterable<String> retailerIds) {
        Set<String> statements = new LinkedHashSet<>();
        retailerIds.forEach(id -> statements.add(programmeStatement(catalogue, id)));
        return new ArrayList<>(statements);
    }

    private static String programmeStatement(Catalogue catalogue, String retailerId) {
        Retailer retailer = catalogue.retailer(retailerId).orElseThrow();
        return catalogue.disclosures().programmes().get(retailer.programme());
    }
}
