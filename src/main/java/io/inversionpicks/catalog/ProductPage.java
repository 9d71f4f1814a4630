package io.inversionpicks.catalog;

import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.ProductView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProductPage", description = "One page of matching products, with the disclosure for their links")
public record ProductPage(
        List<ProductView> items,
        @Schema(description = "Matches before pagination", example = "9") int total,
        @Schema(example = "1") int page,
        @Schema(example = "20") int size,
        @Schema(example = "1") int totalPages,
        @Schema(description = "Catalogue version that answered", example = "5f1c2a9be07d") String catalogVersion,
        Disclosure disclosure) {
}
