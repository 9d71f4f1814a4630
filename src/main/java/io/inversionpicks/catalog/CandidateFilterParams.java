package io.inversionpicks.catalog;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Collection;
import java.util.List;

/**
 * The filters on what a product is (suits beginners, category, lumbar support, folds, brand, lowest price, text).
 * {@code GET /products} lists what matches them; {@code GET /recommendations} ranks only what matches them, so that
 * a widget keeps the blogger's choice of products once a reader asks for personal picks. Both read them with the
 * same rules ({@link #candidates}).
 */
public class CandidateFilterParams {

    @QueryParam("beginner")
    @Parameter(description = "Only products suited (true) or not suited (false) to people new to inversion",
            schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
    public String beginner;

    @QueryParam("category")
    @Parameter(description = "One or more category ids (see GET /categories), repeated or comma-separated; "
            + "the shipped catalogue has inversion-table, gravity-boots, inversion-chair and yoga-trapeze",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "[\"inversion-table\"]")
    public List<String> category;

    @QueryParam("lumbarSupport")
    @Parameter(description = "Only products with (true) or without (false) lumbar support",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String lumbarSupport;

    @QueryParam("foldable")
    @Parameter(description = "Only products that fold for storage (true) or not (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String foldable;

    @QueryParam("brand")
    @Parameter(description = "One or more brands, case-insensitive", example = "[\"Teeter\"]")
    public List<String> brand;

    @QueryParam("minPrice")
    @Parameter(description = "Lowest listed price, in the catalogue currency", example = "100",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
    public String minPrice;

    @QueryParam("q")
    @Parameter(description = "Text search over name, brand and summary", example = "teeter")
    public String q;

    /**
     * Only these filters, read with the rules (and error messages) of {@code GET /products}: the products a
     * recommendation may choose from. The reader's size, budget, order and page are not part of it.
     */
    public ProductQuery candidates(Collection<String> categoryIds) {
        ProductFilterParams only = new ProductFilterParams();
        copyFiltersTo(only);
        return only.toQuery(categoryIds);
    }

    /** Sets the same filters on another parameter object, e.g. to read them as {@code GET /products} does. */
    public void copyFiltersTo(CandidateFilterParams target) {
        target.beginner = beginner;
        target.category = category;
        target.lumbarSupport = lumbarSupport;
        target.foldable = foldable;
        target.brand = brand;
        target.minPrice = minPrice;
        target.q = q;
    }
}
