package io.inversionpicks.widget;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.compare.Comparison;
import io.inversionpicks.compare.ComparisonRow;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The comparison table as the iframe page shows it: each cell knows its product and whether it is the best. */
public record ComparePage(Comparison comparison, List<Row> rows, List<Column> columns, WidgetLook look) {

    /** A product's column head and its retailer links. */
    public record Column(ProductView product, List<WidgetOffer> offers) {
    }

    public record Row(String label, boolean differs, List<Cell> cells) {
    }

    public record Cell(String product, String text, boolean best) {
    }

    static ComparePage of(Comparison comparison, WidgetLinks links, WidgetLook look, Optional<String> post) {
        List<ProductView> products = comparison.products();
        List<Row> rows = comparison.rows().stream().map(row -> new Row(row.label(), row.differs(),
                IntStream.range(0, products.size()).mapToObj(i -> cell(row, i, products.get(i))).toList())).toList();
        List<Column> columns = products.stream()
                .map(p -> new Column(p, links.offers(p, Placement.COMPARE, post))).toList();
        return new ComparePage(comparison, rows, columns, look);
    }

    private static Cell cell(ComparisonRow row, int index, ProductView product) {
        return new Cell(product.name(), row.display().get(index), row.best().contains(index));
    }
}
