package io.inversionpicks.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One attribute across the compared products, in the order of the requested ids. */
@Schema(name = "ComparisonRow")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ComparisonRow(
        @Schema(description = "Stable key for clients", example = "price") String key,
        @Schema(example = "Price") String label,
        @Schema(description = "Unit of the values; null for text and yes/no rows", example = "USD") String unit,
        @Schema(description = "Raw values, one per product; null where unknown (e.g. a price too old to show)",
                example = "[449.99, 129.99, null]") List<Object> values,
        @Schema(description = "Values as a table cell shows them",
                example = "[\"$449.99 at Teeter, as of 20 Nov 2026, 08:00 UTC\", \"See the price at Amazon\"]")
        List<String> display,
        @Schema(description = "true when the products differ in this attribute") boolean differs,
        @Schema(description = "Positions (0-based) holding the best value, where better is meaningful: lowest price, "
                + "highest weight capacity, widest height range", example = "[1]") List<Integer> best) {

    public ComparisonRow {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // may hold nulls, unlike List.copyOf
        display = List.copyOf(display);
        best = List.copyOf(best);
    }
}
