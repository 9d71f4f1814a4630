package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Category;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.store.VersionInfo;
import io.inversionpicks.catalog.view.CategoryView;
import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.Published;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the read endpoints need, computed once per catalogue version and price overlay, and re-rendered the moment
 * a shown price expires (see {@link CatalogueService#current()}). Immutable, so a reload swaps one reference and
 * readers never see a mix; answers computed from it are kept on the HTTP side, per model.
 */
public final class ReadModel implements Published {

    private final VersionInfo version;
    private final Catalogue catalogue;
    private final RetailerPrices apiPrices;
    private final LinkHealth linkHealth;
    private final Instant renderedAt;
    private final Instant validUntil;
    private final List<Product> active;
    private final Map<String, Product> byId;
    private final Map<String, ProductViews.Rendered> views;
    private final Map<String, Integer> categoryOrder;
    private final List<CategoryView> categories;
    private final AffiliateLinks links;
    private final KnownPrices prices;
    /** Built by the first query that misses the response cache, so a reload does not wait for it. */
    private volatile ProductIndex index;

    ReadModel(VersionInfo version, Catalogue catalogue, AffiliateLinks links, Instant now) {
        this(version, catalogue, RetailerPrices.NONE, LinkHealth.NONE, links, now, null);
    }

    /**
     * @param previous the model being replaced, whose rendered products are reused where nothing they show can
     *                 differ; null to render everything
     */
    private ReadModel(VersionInfo version, Catalogue catalogue, RetailerPrices apiPrices, LinkHealth linkHealth,
                      AffiliateLinks links, Instant now, ReadModel previous) {
        this.version = version;
        this.catalogue = catalogue;
        this.apiPrices = apiPrices;
        this.linkHealth = linkHealth;
        this.links = links;
        this.renderedAt = now;
        ProductViews renderer = new ProductViews(catalogue, links, apiPrices, now);
        Map<String, Integer> order = new HashMap<>();
        for (Category category : catalogue.categories()) {
            order.put(category.id(), order.size());
        }
        this.categoryOrder = Map.copyOf(order);
        // Offers whose links are broken are left out, and with them a product that has no other offer.
        List<Product> shown = catalogue.products().stream().filter(Product::active).map(linkHealth::shown)
                .filter(java.util.Objects::nonNull).toList();
        this.prices = new KnownPrices(catalogue, shown, apiPrices);
        this.active = shown.stream()
                .sorted(Comparator.comparing((Product p) -> categoryOrder.get(p.category()))
                        .thenComparing(prices.ascending()).thenComparing(Product::id))
                .toList();
        this.byId = active.stream().collect(Collectors.toUnmodifiableMap(Product::id, Function.identity()));
        // Reuse, then render the rest in parallel: rendering is most of the time a large catalogue takes to publish.
        Function<Product, ProductViews.Rendered> reused = previous == null || !previous.rendersLike(catalogue,
                apiPrices, linkHealth, now) ? p -> null : p -> previous.reusable(p, now);
        this.views = active.parallelStream().collect(Collectors.toUnmodifiableMap(Product::id, p -> {
            ProductViews.Rendered view = reused.apply(p);
            return view != null ? view : renderer.render(p);
        }));
        this.validUntil = views.values().stream().map(ProductViews.Rendered::shownUntil)
                .min(Comparator.naturalOrder()).orElse(Instant.MAX);
        Map<String, Long> counts = active.stream().collect(Collectors.groupingBy(Product::category,
                Collectors.counting()));
        this.categories = catalogue.categories().stream().map(c -> new CategoryView(c.id(), c.name(),
                c.description(), counts.getOrDefault(c.id(), 0L).intValue())).toList();
    }

    /** The same rendering under another version: what was rendered while the version was being recorded. */
    private ReadModel(ReadModel rendered, VersionInfo version) {
        this.version = version;
        this.catalogue = rendered.catalogue;
        this.apiPrices = rendered.apiPrices;
        this.linkHealth = rendered.linkHealth;
        this.links = rendered.links;
        this.renderedAt = rendered.renderedAt;
        this.validUntil = rendered.validUntil;
        this.active = rendered.active;
        this.byId = rendered.byId;
        this.views = rendered.views;
        this.categoryOrder = rendered.categoryOrder;
        this.categories = rendered.categories;
        this.prices = rendered.prices;
    }

    ReadModel as(VersionInfo recorded) {
        return new ReadModel(this, recorded);
    }

    public VersionInfo version() {
        return version;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Instant renderedAt() {
        return renderedAt;
    }

    /**
     * The moment the first price this model shows expires (Instant.MAX if it shows none): from then on it must not
     * answer, and no response it made may be cached past it.
     */
    @Override
    public Instant validUntil() {
        return validUntil;
    }

    /** What price filters and sorting go by: the lowest known price (see {@link KnownPrices}), or null. */
    public BigDecimal knownPrice(Product product) {
        return prices.of(product);
    }

    KnownPrices knownPrices() {
        return prices;
    }

    /** Active products in the default order: by category, then price, then id. */
    public List<Product> activeProducts() {
        return active;
    }

    ProductIndex index() {
        ProductIndex built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    index = built = new ProductIndex(this);
                }
            }
        }
        return built;
    }

    public Optional<Product> product(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public ProductView view(Product product) {
        return views.get(product.id()).view();
    }

    public int categoryRank(String categoryId) {
        return categoryOrder.getOrDefault(categoryId, Integer.MAX_VALUE);
    }

    public List<String> categoryIds() {
        return catalogue.categories().stream().map(Category::id).toList();
    }

    public List<CategoryView> categories() {
        return categories;
    }

    /** The disclosure for a response showing these products: general text plus each programme's statement. */
    public Disclosure disclosureFor(Collection<ProductView> shown) {
        List<String> retailers = shown.stream().flatMap(v -> v.offers().stream()).map(o -> o.retailer()).distinct()
                .toList();
        return new Disclosure(links.generalDisclosure(catalogue), links.statementsFor(catalogue, retailers));
    }

    /**
     * The model for a newly loaded version. A product file that did not change is the very same {@link Product}
     * (see the loader's cache), and its rendering can only differ if a retailer, programme or disclosure changed, or
     * a price it shows has expired since; otherwise it is reused, so a one-file edit renders one product.
     */
    ReadModel next(VersionInfo nextVersion, Catalogue nextCatalogue, Instant now) {
        return new ReadModel(nextVersion, nextCatalogue, apiPrices, linkHealth, links, now, this);
    }

    /** Same catalogue, prices re-judged at a later moment: only products showing an expired price are rendered. */
    ReadModel reRenderedAt(Instant now) {
        return new ReadModel(version, catalogue, apiPrices, linkHealth, links, now, this);
    }

    /** Same catalogue with newer prices from the retailers' APIs. */
    ReadModel withApiPrices(RetailerPrices prices, Instant now) {
        return new ReadModel(version, catalogue, prices, linkHealth, links, now, null);
    }

    /** Same catalogue, with the offers the link checker found broken now hidden (and those that recovered shown). */
    ReadModel withLinkHealth(LinkHealth health, Instant now) {
        return new ReadModel(version, catalogue, apiPrices, health, links, now, null);
    }

    RetailerPrices apiPrices() {
        return apiPrices;
    }

    public LinkHealth linkHealth() {
        return linkHealth;
    }

    /** Time never runs backwards between renderings here; a test clock that does gets everything rendered anew. */
    private boolean rendersLike(Catalogue other, RetailerPrices otherPrices, LinkHealth otherHealth, Instant now) {
        return !now.isBefore(renderedAt) && apiPrices == otherPrices && linkHealth == otherHealth
                && catalogue.retailers().equals(other.retailers())
                && catalogue.programmes().equals(other.programmes())
                && catalogue.disclosures().equals(other.disclosures());
    }

    /** This model's rendering of the very same product, if every price it shows is still fresh at {@code now}. */
    private ProductViews.Rendered reusable(Product product, Instant now) {
        ProductViews.Rendered rendered = byId.get(product.id()) == product ? views.get(product.id()) : null;
        return rendered != null && now.isBefore(rendered.shownUntil()) ? rendered : null;
    }
}
