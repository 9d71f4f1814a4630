package io.inversionpicks.compare;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ProductService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.CategoryView;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.common.Problem;
import io.inversionpicks.common.Problem.ProblemError;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.ProblemType;
import io.inversionpicks.common.Suggestions;
import io.inversionpicks.recommend.SafetyGuidance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers {@code GET /compare} from the published read model; answers are cached per catalogue version. */
@ApplicationScoped
public class CompareService {

    static final int MIN_PRODUCTS = 2;
    static final int MAX_PRODUCTS = 4;

    /** The cache key: the ids in the order asked for, since the table's columns follow it. */
    record ComparisonKey(List<String> ids) {
    }

    private final CatalogueService catalogue;
    private final ProductService products;

    public CompareService(CatalogueService catalogue, ProductService products) {
        this.catalogue = catalogue;
        this.products = products;
    }

    public CachedJson compare(List<String> rawIds) {
        ReadModel model = catalogue.current();
        List<String> ids = validIds(model, rawIds);
        return model.cached(new ComparisonKey(ids), () -> products.serialise(comparison(model, ids)));
    }

    /**
     * The answer of {@link #compare} as objects, for pages rendered on the server (the widget), which outlive their
     * products (a comparison embedded in a post): the comparison of the products still available, naming the
     * others. Fails like {@link #compare} only when none is left.
     */
    public RemainingComparison remaining(List<String> rawIds) {
        ReadModel model = catalogue.current();
        List<String> ids = parse(rawIds);
        List<String> available = ids.stream().filter(id -> model.product(id).isPresent()).toList();
        if (available.isEmpty()) {
            throw notFound(model, ids);
        }
        List<RemainingComparison.Unavailable> gone = ids.stream().filter(id -> model.product(id).isEmpty())
                .map(id -> new RemainingComparison.Unavailable(id, retired(model, id).map(Product::name).orElse(null)))
                .toList();
        return new RemainingComparison(comparison(model, available), gone);
    }

    private static List<String> validIds(ReadModel model, List<String> rawIds) {
        List<String> ids = parse(rawIds);
        List<String> unknown = ids.stream().filter(id -> model.product(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw notFound(model, unknown);
        }
        return ids;
    }

    static List<String> parse(List<String> rawIds) {
        List<String> ids = ParamReader.split(rawIds);
        ParamReader in = new ParamReader();
        in.require(ids.size() >= MIN_PRODUCTS && ids.size() <= MAX_PRODUCTS, "ids",
                "give " + MIN_PRODUCTS + " to " + MAX_PRODUCTS + " product ids, comma-separated or repeated; got "
                        + ids.size());
        Set<String> seen = new LinkedHashSet<>();
        ids.stream().filter(id -> !seen.add(id)).distinct()
                .forEach(id -> in.require(false, "ids", "'" + id + "' is listed more than once"));
        in.throwIfInvalid();
        return List.copyOf(ids);
    }

    private static Comparison comparison(ReadModel model, List<String> ids) {
        List<Product> chosen = ids.stream().map(id -> model.product(id).orElseThrow()).toList();
        List<ProductView> views = chosen.stream().map(model::view).toList();
        // All prices of a catalogue share one currency (a load rule); with no price shown the row has no unit.
        String currency = views.stream().map(ProductView::price).filter(java.util.Objects::nonNull)
                .map(PriceView::currency).findFirst().orElse(null);
        Map<String, String> categoryNames = model.categories().stream()
                .collect(Collectors.toMap(CategoryView::id, CategoryView::name));
        return new Comparison(model.version().label(), views, ComparisonTable.rows(views, currency, categoryNames),
                SafetyGuidance.STANDARD, model.disclosureFor(views));
    }

    /** Only on the way to an answer about unavailable products, so a scan is fine. */
    private static Optional<Product> retired(ReadModel model, String id) {
        return model.catalogue().products().stream().filter(p -> p.id().equals(id) && !p.active()).findFirst();
    }

    private static ProblemException notFound(ReadModel model, List<String> unknown) {
        List<String> known = model.activeProducts().stream().map(Product::id).toList();
        List<ProblemError> errors = unknown.stream().map(id -> {
            if (retired(model, id).isPresent()) {
                // Not a typo: the product existed and was retired, so no other id is suggested in its place.
                return ProblemError.parameter("ids", "product '" + id + "' is no longer available");
            }
            String suggestion = Suggestions.closest(id, known).orElse(null);
            String message = "no product with id '" + id + "'"
                    + (suggestion == null ? "; list them with GET /products" : "; did you mean '" + suggestion + "'?");
            return new ProblemError("ids", null, null, null, null, message, List.of(), suggestion);
        }).toList();
        String detail = unknown.size() == 1 ? "ids: " + errors.get(0).message()
                : "ids: no products with ids " + unknown.stream().map(id -> "'" + id + "'")
                .collect(Collectors.joining(", ")) + "; list them with GET /products";
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, detail, errors));
    }
}
