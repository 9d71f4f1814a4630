package io.inversionpicks.widget;

import java.net.URI;
import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.compare.Comparison;
import io.inversionpicks.compare.ComparisonRow;
import io.inversionpicks.compare.RemainingComparison;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The comparison table as the iframe page shows it: each cell knows its product and whether it is the best.
 *
 * @param unavailable what the blogger chose but is no longer available: a retired product's name, or the id in quotes
 */
public record ComparePage(Comparison comparison, List<Row> rows, List<Column> columns, List<String> unavailable,
                          WidgetLook look) {

    /** A product's column head and its retailer links. */
    public record Column(ProductView product, List<WidgetOffer> offers) {
    }

    public record Row(String label, boolean differs, List<Cell> cells) {
    }

    public record Cell(String product, String text, boolean best) {
    }

    static ComparePage of(RemainingComparison remaining, WidgetLinks links, WidgetLook look, Optional<String> post,
                          URI base) {
        Comparison comparison = remaining.comparison();
        List<ProductView> products = comparison.products();
        List<Row> rows = comparison.rows().stream().map(row -> new Row(row.label(), row.differs(),
                IntStream.range(0, products.size()).mapToObj(i -> cell(row, i, products.get(i))).toList())).toList();
        List<Column> columns = products.stream()
                .map(p -> new Column(p, links.offers(p, Placement.COMPARE, post, base))).toList();
        List<String> unavailable = remaining.unavailable().stream()
                .map(gone -> gone.retiredName() != null ? gone.retiredName() : "\u201c" + gone.id() + "\u201d").toList();
        return new ComparePage(comparison, rows, columns, unavailable, look);
    }

    private static Cell cell(ComparisonRow row, int index, ProductView product) {
        return new Cell(product.name(), row.display().get(index), row.best().contains(index));
    }
}
