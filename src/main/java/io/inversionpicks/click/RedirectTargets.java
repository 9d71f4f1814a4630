package io.inversionpicks.click;

import io.inversionpicks.catalog.AffiliateLinks;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Where each (product, retailer) pair of the live catalogue redirects to: the offer URL with the affiliate tag.
 * This table is the only source of redirect targets, so no request can steer a reader anywhere else. An offer whose
 * URL could pass on another party's tag has no target at all (see {@link AffiliateLinks#affiliateUrl}). It is built
 * once per published read model and swapped with it.
 */
@ApplicationScoped
public class RedirectTargets {

    /**
     * A redirect target and the catalogue version it was taken from.
     *
     * @param direct the retailer's links go straight to it ({@link AffiliateLinks#isDirect}), so its clicks are
     *               reported to {@code /clicks/...}
     */
    public record Target(String url, String catalogueVersion, boolean direct) {
    }

    private record Table(ReadModel model, Map<String, Map<String, String>> urls, Set<String> directRetailers) {
    }

    /** Ids are slugs; anything else is not repeated back in error messages. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final CatalogueService catalogue;
    private final AffiliateLinks links;
    private final AtomicReference<Table> table = new AtomicReference<>();

    public RedirectTargets(CatalogueService catalogue, AffiliateLinks links) {
        this.catalogue = catalogue;
        this.links = links;
    }

    public Optional<Target> find(String productId, String retailer) {
        Table current = current();
        String url = current.urls().getOrDefault(productId, Map.of()).get(retailer);
        return url == null ? Optional.empty() : Optional.of(new Target(url, current.model().version().label(),
                current.directRetailers().contains(retailer)));
    }

    /** Why {@link #find} found nothing, in words a reader or a blogger fixing a link can act on. */
    public String whyMissing(String productId, String retailer) {
        Table current = current();
        Map<String, String> offers = current.urls().get(productId);
        if (offers == null) {
            return "No product " + quoted(productId) + " in the catalogue; the link may be out of date";
        }
        String others = String.join(", ", offers.keySet().stream().sorted().toList());
        if (current.model().product(productId).flatMap(p -> p.offerAt(retailer)).isPresent()) {
            return "Product '" + productId + "' at '" + retailer + "' can't be linked right now; offers: " + others;
        }
        return "Product '" + productId + "' has no offer at retailer " + quoted(retailer) + "; offers: " + others;
    }

    private Table current() {
        ReadModel model = catalogue.current();
        Table known = table.get();
        if (known != null && known.model() == model) {
            return known;
        }
        Table built = build(model);
        table.set(built);
        return built;
    }

    private Table build(ReadModel model) {
        Map<String, Map<String, String>> urls = new HashMap<>();
        for (Product product : model.activeProducts()) {
            Map<String, String> byRetailer = new HashMap<>();
            for (Offer offer : product.offers()) {
                links.affiliateUrl(model.catalogue(), offer).ifPresent(url -> byRetailer.put(offer.retailer(), url));
            }
            urls.put(product.id(), Map.copyOf(byRetailer));
        }
        Set<String> direct = model.catalogue().retailers().stream().filter(AffiliateLinks::isDirect)
                .map(Retailer::id).collect(Collectors.toUnmodifiableSet());
        return new Table(model, Map.copyOf(urls), direct);
    }

    private static String quoted(String id) {
        return id != null && SLUG.matcher(id).matches() ? "'" + id + "'" : "(not a valid id)";
    }
}
