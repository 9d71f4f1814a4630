package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.common.ParamReader;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query parameters of {@code GET /products}, taken as text and read by {@link #toQuery} so that every mistake is
 * reported by name instead of being coerced. The filters on what a product is come from
 * {@link CandidateFilterParams}; these add the reader's size and budget, the order and the page.
 */
public class ProductFilterParams extends CandidateFilterParams {

    @QueryParam("maxPrice")
    @Parameter(description = "Highest listed price, in the catalogue currency", example = "300",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
    public String maxPrice;

    @QueryParam("weightKg")
    @Parameter(description = "The user's weight in kg; only products rated for it (or give weightLb)",
            example = "90", schema = @Schema(type = SchemaType.NUMBER, minimum = "20", maximum = "300"))
    public String weightKg;

    @QueryParam("weightLb")
    @Parameter(description = "The user's weight in pounds (or give weightKg)", example = "200",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "44", maximum = "661"))
    public String weightLb;

    @QueryParam("heightCm")
    @Parameter(description = "The user's height in cm; only products that fit it (or give heightIn)",
            example = "178", schema = @Schema(type = SchemaType.NUMBER, minimum = "100", maximum = "230"))
    public String heightCm;

    @QueryParam("heightIn")
    @Parameter(description = "The user's height in inches (or give heightCm)", example = "70",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "39.4", maximum = "90.5"))
    public String heightIn;

    @QueryParam("sort")
    @Parameter(description = "Order of results; default is by category, then price (text matches first with q)",
            schema = @Schema(enumeration = {"default", "price-asc", "price-desc", "name", "max-weight-desc"}),
            example = "price-asc")
    public String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "100", defaultValue = "20"))
    public String size;

    /**
     * The validated query, or a 400 problem listing every bad parameter.
     *
     * @param categoryIds the categories of the catalogue the query will run against
     */
    public ProductQuery toQuery(Collection<String> categoryIds) {
        return toQuery(categoryIds, page, size);
    }

    /** The same query, with the page and size given here instead of the request's. */
    protected ProductQuery toQuery(Collection<String> categoryIds, String page, String size) {
        ParamReader in = new ParamReader();
        Boolean beginnerOnly = in.bool("beginner", beginner);
        Set<String> categories = in.choices("category", category, categoryIds);
        Boolean lumbar = in.bool("lumbarSupport", lumbarSupport);
        Boolean folds = in.bool("foldable", foldable);
        BigDecimal min = in.decimal("minPrice", minPrice, BigDecimal.ZERO, ProductQuery.MAX_PRICE);
        BigDecimal max = in.decimal("maxPrice", maxPrice, BigDecimal.ZERO, ProductQuery.MAX_PRICE);
        if (min != null && max != null) {
            in.require(min.compareTo(max) <= 0, "minPrice",
                    "minPrice " + min.toPlainString() + " is above maxPrice " + max.toPlainString());
        }
        Double userWeightKg = in.weightKg(weightKg, weightLb);
        Double userHeightCm = in.heightCm(heightCm, heightIn);
        in.require(q == null || q.length() <= ProductQuery.MAX_TEXT, "q",
                "must be at most " + ProductQuery.MAX_TEXT + " characters");
        String order = in.choice("sort", sort, Slugged.slugs(ProductSort.class));
        int pageNumber = in.integer("page", page, 1, ProductQuery.MAX_PAGE, 1);
        int pageSize = in.integer("size", size, 1, ProductQuery.MAX_PAGE_SIZE, ProductQuery.DEFAULT_PAGE_SIZE);
        in.throwIfInvalid();
        return new ProductQuery(beginnerOnly, new TreeSet<>(categories), lumbar, folds,
                new TreeSet<>(ParamReader.split(brand)), min, max, userWeightKg, userHeightCm, q,
                order == null ? ProductSort.DEFAULT : Slugged.fromSlug(ProductSort.class, order).orElseThrow(),
                pageNumber, pageSize);
    }
}
