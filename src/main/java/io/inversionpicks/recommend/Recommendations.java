package io.inversionpicks.recommend;

import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.SafetyGuidance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * {@code GET /recommendations}: picks for one reader (cautioned for any precaution they reported), or an advisory and
 * no products at all.
 */
@Schema(name = "Recommendations")
public record Recommendations(
        @Schema(example = "31adc8eec7d1") String catalogVersion,
        Profile profile,
        @Schema(nullable = true, description = "Set when a reported condition rules inversion out or can't be "
                + "assessed; items and excluded are then empty and the response holds no retailer link")
        Advisory advisory,
        @Schema(description = "Reported conditions that still allow products, with their sources: every item then "
                + "carries a caution to ask a doctor first") List<ConditionDetail> precautions,
        List<RankedItem> items,
        @Schema(description = "Products left out and why, the first by id (at most recommend.max-excluded, 50 "
                + "by default); excludedCount tells how many there are in all") List<ExcludedItem> excluded,
        @Schema(example = "7", description = "How many products were left out in all") int excludedCount,
        SafetyGuidance safety,
        Disclosure disclosure) {

    public Recommendations {
        precautions = List.copyOf(precautions);
        items = List.copyOf(items);
        excluded = List.copyOf(excluded);
    }
}
