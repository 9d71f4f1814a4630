package io.inversionpicks.compare;

import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SafetyGuidance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** {@code GET /compare}: the products side by side, with their disclosed links, safety guidance and disclosure. */
@Schema(name = "Comparison")
public record Comparison(
        @Schema(example = "31adc8eec7d1") String catalogVersion,
        @Schema(description = "In the order of the requested ids") List<ProductView> products,
        List<ComparisonRow> rows,
        SafetyGuidance safety,
        Disclosure disclosure) {

    public Comparison {
        products = List.copyOf(products);
        rows = List.copyOf(rows);
    }
}
