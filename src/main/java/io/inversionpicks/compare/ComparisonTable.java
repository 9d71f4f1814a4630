package io.inversionpicks.compare;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.Goal;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.Wording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns 2 to 4 products into the rows of a comparison table: one attribute per row, a value per product, the
 * attributes where they differ marked, and the best value marked where "better" means something. Pure, so the
 * marking rules are unit-tested directly.
 */
final class ComparisonTable {

    private static final String CM = "cm";

    private final List<ProductView> products;
    private final List<ComparisonRow> rows = new ArrayList<>();

    private ComparisonTable(List<ProductView> products) {
        this.products = products;
    }

    /**
     * @param currency      the catalogue's currency, the unit of the price row
     * @param categoryNames category id to its display name
     */
    static List<ComparisonRow> rows(List<ProductView> products, String currency, Map<String, String> categoryNames) {
        ComparisonTable table = new ComparisonTable(products);
        table.add("price", "Price", currency, p -> p.price() == null ? null : p.price().amount(),
                p -> p.price() == null ? p.priceNote() : p.price().stated(), Better.LOWEST,
                p -> p.price() == null ? null : p.price().amount().doubleValue());
        table.add("category", "Type", null, ProductView::category,
                p -> categoryNames.getOrDefault(p.category(), p.category()));
        table.add("brand", "Brand", null, ProductView::brand, ProductView::brand);
        table.add("maxUserWeightKg", "Maximum user weight", "kg", ProductView::maxUserWeightKg,
                p -> Wording.number(p.maxUserWeightKg()) + " kg (" + p.maxUserWeightLb() + " lb)", Better.HIGHEST,
                ProductView::maxUserWeightKg);
        table.add("userHeightCm", "User height", CM, ProductView::userHeightCm,
                p -> Wording.range(p.userHeightCm()) + " cm", Better.HIGHEST,
                p -> p.userHeightCm().max() - p.userHeightCm().min());
        table.add("experienceLevel", "Experience needed", null, ProductView::experienceLevel,
                p -> Wording.capitalised(p.experienceLevel().label()));
        table.add("lumbarSupport", "Lumbar support", null, ProductView::lumbarSupport, p -> yesNo(p.lumbarSupport()));
        table.add("maxInversionAngleDeg", "Maximum inversion angle", "degrees", ProductView::maxInversionAngleDeg,
                p -> p.maxInversionAngleDeg() == null ? "Not applicable" : p.maxInversionAngleDeg() + " degrees");
        table.add("foldable", "Folds for storage", null, ProductView::foldable, p -> yesNo(p.foldable()));
        table.add("footprintCm", "Footprint in use (length × width × height)", CM, ProductView::footprintCm,
                p -> footprint(p.footprintCm()));
        table.add("requires", "Also needs", null, p -> sorted(p.requires()),
                p -> p.requires().isEmpty() ? "Nothing else"
                        : Wording.capitalised(labels(sorted(p.requires()), Equipment::label)));
        table.add("goals", "Goals", null, p -> sorted(p.goals()),
                p -> Wording.capitalised(labels(sorted(p.goals()), Goal::label)));
        table.add("safetyFeatures", "Safety features", null, ProductView::safetyFeatures,
                p -> String.join("; ", p.safetyFeatures()));
        return List.copyOf(table.rows);
    }

    private void add(String key, String label, String unit, Function<ProductView, Object> value,
                     Function<ProductView, String> display) {
        add(key, label, unit, value, display, Better.NONE, p -> null);
    }

    private void add(String key, String label, String unit, Function<ProductView, Object> value,
                     Function<ProductView, String> display, Better better, Function<ProductView, Double> measure) {
        List<Object> values = products.stream().map(value).toList();
        boolean differs = values.stream().map(ComparisonTable::canonical).distinct().count() > 1;
        List<Integer> best = better.best(products.stream().map(measure).toList());
        rows.add(new ComparisonRow(key, label, unit, values, products.stream().map(display).toList(), differs, best));
    }

    /** 549.0 and 549.00 are the same price. */
    private static Object canonical(Object value) {
        return value instanceof BigDecimal amount ? amount.stripTrailingZeros() : value;
    }

    private static <E extends Enum<E>> List<E> sorted(List<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static <E> String labels(List<E> values, Function<E, String> label) {
        return String.join(", ", values.stream().map(label).toList());
    }

    private static String footprint(Product.Footprint f) {
        return Wording.number(f.length()) + " × " + Wording.number(f.width()) + " × " + Wording.number(f.height())
                + " cm";
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
