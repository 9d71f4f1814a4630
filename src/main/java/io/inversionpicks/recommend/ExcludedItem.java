package io.inversionpicks.recommend;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A product ruled out for this reader, so nobody wonders why their favourite is missing. No links: it's not a pick. */
@Schema(name = "ExcludedItem")
public record ExcludedItem(
        @Schema(example = "sutekus-gravity-boots") String id,
        @Schema(example = "Gravity Boots by Sutekus") String name,
        @Schema(example = "gravity-boots") String category,
        @Schema(example = "[\"Needs a sturdy pull-up bar, which you don't have\"]") List<String> reasons) {

    public ExcludedItem {
        reasons = List.copyOf(reasons);
    }
}
