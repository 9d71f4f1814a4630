package io.inversionpicks.catalog.view;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.Goal;
import io.inversionpicks.catalog.model.Product;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A product as the API shows it: the editor's data plus current price and disclosed links. */
@Schema(name = "Product")
public record ProductView(
        @Schema(example = "teeter-fitspine-x3") String id,
        @Schema(example = "Teeter FitSpine X3 Inversion Table") String name,
        @Schema(example = "Teeter") String brand,
        @Schema(example = "inversion-table") String category,
        String summary,
        boolean beginnerFriendly,
        @Schema(description = "Least experience the product suits", enumeration = {"new", "some", "experienced"})
        ExperienceLevel experienceLevel,
        boolean lumbarSupport,
        @Schema(example = "136") double maxUserWeightKg,
        @Schema(example = "300") long maxUserWeightLb,
        @Schema(description = "User height range in cm") Product.Range userHeightCm,
        @Schema(description = "null where it does not apply", example = "180") Integer maxInversionAngleDeg,
        boolean foldable,
        @Schema(description = "Space taken in use, cm") Product.Footprint footprintCm,
        @Schema(description = "Equipment the product needs, such as a pull-up bar for gravity boots") List<Equipment> requires,
        List<String> safetyFeatures,
        List<Goal> goals,
        List<String> pros,
        List<String> cons,
        @Schema(description = "Lowest price shown over the offers; null when no offer shows one", nullable = true)
        PriceView price,
        @Schema(description = "Set when no price is shown: a call to action without a number",
                example = "See the price at Amazon", nullable = true)
        String priceNote,
        List<OfferView> offers,
        @Schema(description = "Where the specs and any claim in the text come from: the manufacturer's page or manual "
                + "first; every product has at least one")
        List<SourceView> sources,
        @Schema(description = "Cautions that come with this kind of product whoever uses it (gravity boots, door or "
                + "ceiling mounts), from the health sources; empty when none applies")
        List<String> cautions) {
}
