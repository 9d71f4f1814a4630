package io.inversionpicks.widget;

import io.inversionpicks.catalog.ProductFilterParams;
import io.inversionpicks.common.DecisiveParameter;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.recommend.RecommendConfig;
import io.inversionpicks.recommend.RecommendationParams;
import io.inversionpicks.recommend.ReportedConditions;
import io.inversionpicks.recommend.ScreensOut;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Options of the recommendation widget: every filter of {@code GET /products}, the reader profile of
 * {@code GET /recommendations}, how many cards to show and how the widget looks. The custom element takes the same
 * names as attributes. A reader profile (experience, goals, space, has, conditions) turns the widget into personal
 * recommendations; without one it shows the filtered products.
 */
public class WidgetPicksParams extends ProductFilterParams {

    static final int MAX_CARDS = 12;
    static final int DEFAULT_CARDS = 3;

    @QueryParam("limit")
    @Parameter(description = "How many cards to show", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "12", defaultValue = "3"))
    public String limit;

    /** Theme, blog post and Referer, shared with the other widget page. */
    @BeanParam
    public EmbeddingParams embedding;

    @QueryParam("form")
    @Parameter(description = "Show the optional reader-profile form", schema = @Schema(type = SchemaType.BOOLEAN,
            defaultValue = "false"))
    public String form;

    @QueryParam("experience")
    @Parameter(description = "Reader profile: inversion experience, as in GET /recommendations",
            schema = @Schema(enumeration = {"new", "some", "experienced"}))
    public String experience;

    @QueryParam("goals")
    @Parameter(description = "Reader profile: goals, as in GET /recommendations")
    public List<String> goals;

    @QueryParam("space")
    @Parameter(description = "Reader profile: small for a small room, as in GET /recommendations")
    public String space;

    @QueryParam("has")
    @Parameter(description = "Reader profile: equipment the reader has, as in GET /recommendations")
    public List<String> has;

    @QueryParam("conditions")
    @DecisiveParameter(when = ScreensOut.class)
    @Parameter(description = "Reader profile: " + RecommendationParams.CONDITIONS)
    public List<String> conditions;

    /**
     * The validated request, or a 400 problem naming every bad option. A reader who reported a condition gets the
     * advice even past a bad option, which keeps its default.
     *
     * @param categoryIds the categories of the catalogue the query will run against
     * @param posts       reads the blog post from the {@code post} option or the Referer
     * @param self        the base URI of this request, see {@link EmbeddingPost}
     */
    PicksQuery toQuery(Collection<String> categoryIds, RecommendConfig limits, EmbeddingPost posts, URI self) {
        ParamReader in = new ParamReader();
        int cards = in.integer("limit", limit, 1, MAX_CARDS, DEFAULT_CARDS);
        WidgetLook look = WidgetLook.read(in, embedding.theme, form);
        Optional<String> post = posts.read(in, embedding.post, embedding.referer, self);
        if (!reportsCondition()) {
            in.throwIfInvalid();
        }
        ReaderProfileForm shownForm = ReaderProfileForm.of(this, post);
        if (hasReaderProfile()) {
            return new PicksQuery(recommendationParams(cards).toQuery(categoryIds, limits), null, look, post,
                    shownForm, posts.pageBase(self));
        }
        // The cards are the first page of the product list; the page and size options of GET /products are not read.
        return new PicksQuery(null, toQuery(categoryIds, null, Integer.toString(cards)), look, post, shownForm, posts.pageBase(self));
    }

    /** A reader profile asks for personal recommendations rather than a filtered product list. */
    boolean hasReaderProfile() {
        return Stream.of(experience, space).anyMatch(v -> v != null && !v.isBlank())
                || Stream.of(goals, has, conditions).anyMatch(v -> v != null && v.stream().anyMatch(s -> !s.isBlank()));
    }

    /**
     * A contraindication or a condition the service does not know: the page then shows the advice to see a doctor and
     * no products. Precautions alone get products, each with its caution.
     */
    boolean reportsCondition() {
        return ReportedConditions.read(conditions).screensOut();
    }

    /**
     * The reader's profile, and the blogger's filters on which products to show: a reader who fills in the form gets
     * personal picks among the products the widget was set up for, not among the whole catalogue.
     */
    RecommendationParams recommendationParams(int cards) {
        RecommendationParams params = new RecommendationParams();
        copyFiltersTo(params);
        params.experience = blankToNull(experience);
        params.goals = goals;
        params.maxPrice = maxPrice;
        params.space = blankToNull(space);
        params.heightCm = heightCm;
        params.heightIn = heightIn;
        params.weightKg = weightKg;
        params.weightLb = weightLb;
        params.has = has;
        params.conditions = conditions;
        params.limit = Integer.toString(cards);
        return params;
    }

    /** An empty form field ("not sure") means the reader did not say. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
