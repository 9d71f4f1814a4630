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
     * @param direct   the retailer's links go straight to it ({@link AffiliateLinks#isDirect}), so its clicks are
     *                 reported to {@code /clicks/...}
     * @param retailer the retailer the target is at: the one asked for, or, when the link checker hid that offer,
     *                 another of the product's retailers
     */
    public record Target(String url, String catalogueVersion, boolean direct, String retailer) {
    }

    /**
     * @param insteadOf for offers hidden by the link checker: the retailer whose offer old links go to instead, by
     *                  product and retailer
     */
    private record Table(ReadModel model, Map<String, Map<String, String>> urls, Set<String> directRetailers,
                         Map<String, Map<String, String>> insteadOf) {
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
        String linked = current.insteadOf().getOrDefault(productId, Map.of()).getOrDefault(retailer, retailer);
        String url = current.urls().getOrDefault(productId, Map.of()).get(linked);
        return url == null ? Optional.empty() : Optional.of(new Target(url, current.model().version().label(),
                current.directRetailers().contains(linked), linked));
    }

    /** Why {@link #find} found nothing, in words a reader or a blogger fixing a link can act on. */
    public String whyMissing(String productId, String retailer) {
        Table current = current();
        Map<String, String> offers = current.urls().get(productId);
        if (offers == null && hiddenByLinkCheck(current.model(), productId)) {
            return "Product '" + productId + "' is no longer available from any of its shops";
        }
        if (offers == null) {
            return "No product " + quoted(productId) + " in the catalogue; the link may be out of date";
        }
        String others = String.join(", ", offers.keySet().stream().sorted().toList());
        if (current.model().product(productId).flatMap(p -> p.offerAt(retailer)).isPresent()
                || hiddenByLinkCheck(current.model(), productId)) {
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
        Map<String, Map<String, String>> insteadOf = new HashMap<>();
        for (Product product : model.catalogue().products()) {
            // An offer the link checker hid: old links go to the product's first other retailer still shown that is
            // reached through /go anyway. Never to a direct retailer such as Amazon: the blog disclosed that link as
            // another shop's, without Amazon's statement, and Amazon forbids reaching it through a redirect.
            Optional<Product> shown = model.product(product.id());
            if (!product.active() || shown.isEmpty()) {
                continue;
            }
            Optional<String> other = shown.get().offers().stream()
                    .filter(o -> !AffiliateLinks.isDirect(model.catalogue().retailersById().get(o.retailer())))
                    .filter(o -> links.affiliateUrl(model.catalogue(), o).isPresent()).map(Offer::retailer).findFirst();
            for (Offer offer : product.offers()) {
                if (other.isPresent() && shown.get().offerAt(offer.retailer()).isEmpty()) {
                    insteadOf.computeIfAbsent(product.id(), id -> new HashMap<>()).put(offer.retailer(), other.get());
                }
            }
        }
        for (Product product : model.activeProducts()) {
            Map<String, String> byRetailer = new HashMap<>();
            for (Offer offer : product.offers()) {
                links.affiliateUrl(model.catalogue(), offer).ifPresent(url -> byRetailer.put(offer.retailer(), url));
            }
            urls.put(product.id(), Map.copyOf(byRetailer));
        }
        Set<String> direct = model.catalogue().retailers().stream().filter(AffiliateLinks::isDirect)
                .map(Retailer::id).collect(Collectors.toUnmodifiableSet());
        return new Table(model, Map.copyOf(urls), direct, Map.copyOf(insteadOf));
    }

    /** The catalogue has the product, active, but the link checker hid all its offers. */
    private static boolean hiddenByLinkCheck(ReadModel model, String productId) {
        return model.product(productId).isEmpty() && model.catalogue().products().stream()
                .anyMatch(p -> p.id().equals(productId) && p.active());
    }

    private static String quoted(String id) {
        return id != null && SLUG.matcher(id).matches() ? "'" + id + "'" : "(not a valid id)";
    }
}
