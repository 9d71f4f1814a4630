package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.CategoryView;
import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Answers product queries from one published read model. Stateless: the caller passes the model, so every part of
 * an answer comes from the same catalogue version.
 */
@ApplicationScoped
public class ProductService {

    /** {@code GET /products/{id}}: the product plus the disclosure for its links. */
    public record SingleProduct(ProductView product, String catalogVersion, Disclosure disclosure) {
    }

    /** {@code GET /categories}: every category, in catalogue order, with its number of active products. */
    public record CategoryList(List<CategoryView> items, String catalogVersion) {
    }

    public ProductPage search(ReadModel model, ProductQuery query) {
        ProductIndex.Matches matches = model.index().find(query);
        List<ProductView> items = matches.page().stream().map(model::view).toList();
        int totalPages = (matches.total() + query.size() - 1) / query.size();
        return new ProductPage(items, matches.total(), query.page(), query.size(), totalPages,
                model.version().label(), model.disclosureFor(items));
    }

    public SingleProduct product(ReadModel model, String id) {
        Product product = model.product(id).orElseThrow(() -> ProblemException.notFound(
                "No product with id '" + id + "'; list them with GET /products"));
        ProductView view = model.view(product);
        return new SingleProduct(view, model.version().label(), model.disclosureFor(List.of(view)));
    }

    public CategoryList categories(ReadModel model) {
        return new CategoryList(model.categories(), model.version().label());
    }
}
