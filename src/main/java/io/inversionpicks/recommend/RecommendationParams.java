package io.inversionpicks.recommend;

import io.inversionpicks.catalog.CandidateFilterParams;
import io.inversionpicks.catalog.ProductQuery;
import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.Goal;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.common.DecisiveParameter;
import io.inversionpicks.common.ParamReader;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Query parameters of {@code GET /recommendations}, all optional, taken as text and read by {@link #toQuery} so
 * that each mistake is reported by name with the valid values. The documented value sets come from the enums
 * themselves, so the contract can't drift from what the parser accepts. The filters inherited from {@link CandidateFilterParams} narrow the products to rank, as in {@code GET /products}.
 */
public class RecommendationParams extends CandidateFilterParams {

    /** What the contract says of {@code conditions}, here and in the widget. */
    public static final String CONDITIONS = "Health conditions the reader has, repeated or separated by commas or "
            + "semicolons. The known ones are the values of the Condition schema; case, spaces, underscores and "
            + "dashes don't matter, a condition's label or another name for it (hypertension) is understood, and the "
            + "parameter may also be spelt condition or conditions[]. A contraindication (kind in GET /conditions) or "
            + "a condition the service does not know means an advisory to see a doctor, with no products and no "
            + "links; an unknown one is named in advisory.unrecognised, and the answer is that advisory (200) even "
            + "if other parameters are wrong or unknown. A precaution alone still gets products, each with a "
            + "caution to ask a doctor first, and is listed with its sources in precautions.";

    @QueryParam("experience")
    @Parameter(description = "The reader's inversion experience",
            schema = @Schema(implementation = ExperienceLevel.class), example = "new")
    public String experience;

    @QueryParam("goals")
    @Parameter(description = "What the reader hopes for, repeated or comma-separated",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Goal.class), example = "[\"back-pain-relief\"]")
    public List<String> goals;

    @QueryParam("maxPrice")
    @Parameter(description = "Budget: the most the reader will pay, in the catalogue currency",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0"), example = "300")
    public String maxPrice;

    @QueryParam("space")
    @Parameter(description = "small: a small room, so the product must fold or have a small footprint",
            schema = @Schema(enumeration = Profile.SMALL_SPACE))
    public String space;

    @QueryParam("heightCm")
    @Parameter(description = "The reader's height in cm (or give heightIn)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "100", maximum = "230"), example = "178")
    public String heightCm;

    @QueryParam("heightIn")
    @Parameter(description = "The reader's height in inches (or give heightCm)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "39.4", maximum = "90.5"), example = "70")
    public String heightIn;

    @QueryParam("weightKg")
    @Parameter(description = "The reader's weight in kg (or give weightLb)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "20", maximum = "300"), example = "90")
    public String weightKg;

    @QueryParam("weightLb")
    @Parameter(description = "The reader's weight in pounds (or give weightKg)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "44.1", maximum = "661.3"), example = "200")
    public String weightLb;

    @QueryParam("has")
    @Parameter(description = "Equipment the reader already has, repeated or comma-separated; products needing "
            + "anything else are excluded",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Equipment.class), example = "[\"pull-up-bar\"]")
    public List<String> has;

    /** Any text is accepted: an unknown condition is answered with advice too (see {@link ReportedConditions}). */
    @QueryParam("conditions")
    @DecisiveParameter(when = ScreensOut.class)
    @Parameter(description = CONDITIONS, schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
            example = "[\"glaucoma\"]")
    public List<String> conditions;

    /** Maximum and default are configuration, written into the contract by {@link RecommendLimitDocs}. */
    @QueryParam("limit")
    @Parameter(description = "How many picks to return, from 1 to the configured maximum (recommend.max-limit)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    public String limit;

    /**
     * The validated query, or a 400 problem listing every bad parameter. With a reported contraindication or unknown
     * condition nothing is ranked, so the filters are not read and can't turn the advice into a 400.
     *
     * @param categoryIds the categories of the catalogue the query will run against
     * @param limits      the default and the largest {@code limit}
     */
    public RecommendationQuery toQuery(Collection<String> categoryIds, RecommendConfig limits) {
        ParamReader in = new ParamReader();
        String level = in.choice("experience", experience, Slugged.slugs(ExperienceLevel.class));
        Collection<String> goalSlugs = in.choices("goals", goals, Slugged.slugs(Goal.class));
        BigDecimal budget = in.decimal("maxPrice", maxPrice, BigDecimal.ZERO, ProductQuery.MAX_PRICE);
        boolean smallSpace = in.choice("space", space, List.of(Profile.SMALL_SPACE)) != null;
        Double height = in.heightCm(heightCm, heightIn);
        Double weight = in.weightKg(weightKg, weightLb);
        Collection<String> equipment = in.choices("has", has, Slugged.slugs(Equipment.class));
        ReportedConditions reported = ReportedConditions.read(conditions);
        int picks = in.integer("limit", limit, 1, limits.maxLimit(), limits.defaultLimit());
        if (!reported.screensOut()) {
            // A reader who reported a condition gets the advice whatever else is amiss: an error would withhold it.
            // The answer then depends on the conditions alone, and the fields that did parse are echoed as usual.
            in.throwIfInvalid();
        }
        Profile profile = new Profile(level == null ? null : bySlug(ExperienceLevel.class, level),
                allBySlug(Goal.class, goalSlugs), budget, smallSpace, height, weight,
                allBySlug(Equipment.class, equipment), reported.recognised(), reported.unrecognised());
        return new RecommendationQuery(profile, picks,
                reported.screensOut() ? ProductQuery.all() : candidates(categoryIds));
    }

    private static <E extends Enum<E> & Slugged> E bySlug(Class<E> type, String slug) {
        return Slugged.fromSlug(type, slug).orElseThrow();
    }

    private static <E extends Enum<E> & Slugged> List<E> allBySlug(Class<E> type, Collection<String> slugs) {
        return slugs.stream().map(s -> bySlug(type, s)).toList();
    }
}
