package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Where a product's facts come from, as the editor cited it in the product file. */
@Schema(name = "Source", description = "A manufacturer's page or manual (or other source) the product's facts come from")
public record SourceView(
        @Schema(description = "https address of the page or manual",
                example = "https://manuzoid.com/manuals/ednea-Teeter%20FitSpine%20X3%20Assembly%20Instructions")
        String url,
        @Schema(description = "What the source supports", example = "model, FDA 510(k) registration, indications")
        String supports,
        @Schema(description = "Claims in the product's text that this source backs; empty when it backs none",
                example = "[\"FDA-registered\"]")
        List<String> claims) {
}
