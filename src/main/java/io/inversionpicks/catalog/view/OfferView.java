package io.inversionpicks.catalog.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Offer")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OfferView(
        @Schema(example = "amazon") String retailer,
        @Schema(example = "Amazon") String retailerName,
        @Schema(description = "null when no price may be shown: none is known (Amazon's prices come only from its "
                + "API), or it is older than the retailer allows; see priceNote", nullable = true) PriceView price,
        @Schema(description = "Set when no price is shown: a call to action without a number",
                example = "See the price at Amazon", nullable = true) String priceNote,
        @Schema(description = "out-of-stock when the retailer's API said so when last asked (shown for as long as "
                + "its data may be); then no price is shown, and recommendations rank the product down. null "
                + "otherwise", enumeration = {"out-of-stock"}, nullable = true) String availability,
        @Schema(description = "The product image at the retailer, as its API or feed gave it with the price or "
                + "availability shown here, and for as long as they are shown (Amazon: 24 hours at most). Load it "
                + "from this URL; the service never copies images. null when no fetched data is shown",
                example = "https://m.media-amazon.com/images/I/71example.jpg", nullable = true) String imageUrl,
        DisclosedLink link) {

    public static final String OUT_OF_STOCK = "out-of-stock";
}
