package io.inversionpicks.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Answers product queries from the published read model; serialised answers are cached per catalogue version. */
@ApplicationScoped
public class ProductService {

    static final int MAX_PAGE_SIZE = 100;
    public static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    private final CatalogueService catalogue;
    private final ObjectMapper mapper;

    public ProductService(CatalogueService catalogue, ObjectMapper mapper) {
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    /** @param rawQuery the request's query string as sent, so that a repeated request is answered unparsed */
    public CachedJson search(ProductFilterParams params, String rawQuery) {
        ReadModel model = catalogue.current();
        return model.cachedForRequest("/products?" + rawQuery, () -> {
            ProductQuery query = parse(params, model);
            return model.cached(query, () -> serialise(page(model, query)));
        });
    }

    /** The same answer as {@link #search}, as objects: for pages rendered on the server (the widget). */
    public ProductPage find(ProductFilterParams params) {
        ReadModel model = catalogue.current();
        return page(model, parse(params, model));
    }

    public CachedJson product(String id) {
        ReadModel model = catalogue.current();
        Product product = model.product(id).orElseThrow(() -> ProblemException.notFound(
                "No product with id '" + id + "'; list them with GET /products"));
        return model.cached("product:" + id, () -> serialise(new SingleProduct(model.view(product),
                model.version().label(), model.disclosureFor(List.of(model.view(product))))));
    }

    public CachedJson categories() {
        ReadModel model = catalogue.current();
        return model.cached("categories", () -> serialise(Map.of("items", model.categories(),
                "catalogVersion", model.version().label())));
    }

    ProductPage page(ReadModel model, ProductQuery query) {
        ProductIndex.Matches matches = model.index().find(query);
        List<ProductView> items = matches.page().stream().map(model::view).toList();
        int totalPages = (matches.total() + query.size() - 1) / query.size();
        return new ProductPage(items, matches.total(), query.page(), query.size(), totalPages,
                model.version().label(), model.disclosureFor(items));
    }

    /**
     * Only the filters on what a product is, read with the rules (and error messages) of {@code GET /products}: the
     * products a recommendation may choose from. The reader's size, budget, order and page are not part of it.
     */
    public static ProductQuery candidates(CandidateFilterParams p, ReadModel model) {
        ProductFilterParams only = new ProductFilterParams();
        p.copyFiltersTo(only);
        return parse(only, model);
    }

    static ProductQuery parse(ProductFilterParams p, ReadModel model) {
        ParamReader in = new ParamReader();
        Boolean beginner = in.bool("beginner", p.beginner);
        TreeSet<String> categories = new TreeSet<>(in.choices("category", p.category, model.categoryIds()));
        Boolean lumbar = in.bool("lumbarSupport", p.lumbarSupport);
        Boolean foldable = in.bool("foldable", p.foldable);
        TreeSet<String> brands = new TreeSet<>(ParamReader.split(p.brand));
        BigDecimal minPrice = in.decimal("minPrice", p.minPrice, BigDecimal.ZERO, MAX_PRICE);
        BigDecimal maxPrice = in.decimal("maxPrice", p.maxPrice, BigDecimal.ZERO, MAX_PRICE);
        if (minPrice != null && maxPrice != null) {
            in.require(minPrice.compareTo(maxPrice) <= 0, "minPrice",
                    "minPrice " + minPrice.toPlainString() + " is above maxPrice " + maxPrice.toPlainString());
        }
        Double weightKg = in.weightKg(p.weightKg, p.weightLb);
        Double heightCm = in.heightCm(p.heightCm, p.heightIn);
        in.require(p.q == null || p.q.length() <= 100, "q", "must be at most 100 characters");
        String sort = in.choice("sort", p.sort, Slugged.slugs(ProductSort.class));
        int page = in.integer("page", p.page, 1, 10_000, 1);
        int size = in.integer("size", p.size, 1, MAX_PAGE_SIZE, 20);
        in.throwIfInvalid();
        return new ProductQuery(beginner, categories, lumbar, foldable, brands, minPrice, maxPrice, weightKg,
                heightCm, p.q, sort == null ? ProductSort.DEFAULT : Slugged.fromSlug(ProductSort.class, sort)
                .orElseThrow(), page, size);
    }

    public CachedJson serialise(Object body) {
        try {
            return CachedJson.of(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response can't be serialised", e);
        }
    }

    /** {@code GET /products/{id}}: the product plus the disclosure for its links. */
    public record SingleProduct(ProductView product, String catalogVersion,
                                io.inversionpicks.catalog.view.Disclosure disclosure) {
    }
}
