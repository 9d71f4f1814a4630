package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Category")
public record CategoryView(
        @Schema(example = "inversion-table") String id,
        @Schema(example = "Inversion tables") String name,
        String description,
        @Schema(description = "Active products in the category", example = "7") int productCount) {
}
