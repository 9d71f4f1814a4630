package io.inversionpicks.recommend;

import io.inversionpicks.catalog.view.ProductView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RecommendedItem", description = "A pick, with the reasons it fits and anything to watch out for")
public record RankedItem(
        @Schema(description = "1 for the best fit", example = "1") int rank,
        @Schema(description = "0 to 100; weights are tuned in the catalogue's ranking.yaml", example = "87.5")
        double score,
        ProductView product,
        @Schema(example = "[\"Fits your height (178 cm; supports 142-198 cm)\", \"Suited to beginners\"]")
        List<String> reasons,
        @Schema(example = "[\"Needs a sturdy pull-up bar\"]") List<String> cautions) {

    public RankedItem {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }
}
