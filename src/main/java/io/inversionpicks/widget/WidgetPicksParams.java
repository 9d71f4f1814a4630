package io.inversionpicks.widget;

import io.inversionpicks.catalog.ProductFilterParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Options of the recommendation widget: every filter of {@code GET /products}, plus how many cards to show and how
 * the widget looks. The custom element takes the same names as attributes.
 */
public class WidgetPicksParams extends ProductFilterParams {

    @QueryParam("limit")
    @Parameter(description = "How many cards to show", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "12", defaultValue = "3"))
    public String limit;

    @QueryParam("theme")
    @Parameter(description = "Colour scheme; auto follows the reader's system setting",
            schema = @Schema(enumeration = {"auto", "light", "dark"}, defaultValue = "auto"))
    public String theme;

    @QueryParam("form")
    @Parameter(description = "Show the optional reader-profile form", schema = @Schema(type = SchemaType.BOOLEAN,
            defaultValue = "false"))
    public String form;
}
