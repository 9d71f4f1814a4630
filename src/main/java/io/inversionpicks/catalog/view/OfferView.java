package io.inversionpicks.catalog.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Offer")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OfferView(
        @Schema(example = "amazon") String retailer,
        @Schema(example = "Amazon") String retailerName,
        @Schema(description = "null when the price is older than the retailer allows; see priceNote") PriceView price,
        @Schema(example = "Check the current price at Amazon") String priceNote,
        DisclosedLink link) {
}
