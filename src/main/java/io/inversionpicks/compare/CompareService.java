package io.inversionpicks.compare;

import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.CategoryView;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SafetyGuidance;
import io.inversionpicks.common.Problem.ProblemError;
import io.inversionpicks.common.Problem;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.ProblemType;
import io.inversionpicks.common.Suggestions;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Compares products side by side, from one published read model. */
@ApplicationScoped
public class CompareService {

    /** The comparison, or a 404 problem naming every id that is not an available product. */
    public Comparison compare(ReadModel model, ComparisonQuery query) {
        List<String> unknown = query.ids().stream().filter(id -> model.product(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw notFound(model, unknown);
        }
        return comparison(model, query.ids());
    }

    /**
     * The answer of {@link #compare} as objects, for pages rendered on the server (the widget), which outlive their
     * products (a comparison embedded in a post): the comparison of the products still available, naming the
     * others. Fails like {@link #compare} only when none is left.
     */
    public RemainingComparison remaining(ReadModel model, ComparisonQuery query) {
        List<String> ids = query.ids();
        List<String> available = ids.stream().filter(id -> model.product(id).isPresent()).toList();
        if (available.isEmpty()) {
            throw notFound(model, ids);
        }
        List<RemainingComparison.Unavailable> gone = ids.stream().filter(id -> model.product(id).isEmpty())
                .map(id -> new RemainingComparison.Unavailable(id, retired(model, id).map(Product::name).orElse(null)))
                .toList();
        return new RemainingComparison(comparison(model, available), gone);
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

    /**
     * A product the catalogue has but readers are not shown: retired, or every offer's link found broken. Only on the
     * way to an answer about unavailable products, so a scan is fine.
     */
    private static Optional<Product> retired(ReadModel model, String id) {
        return model.catalogue().products().stream().filter(p -> p.id().equals(id)
                && (!p.active() || model.product(id).isEmpty())).findFirst();
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
