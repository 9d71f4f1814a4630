package io.inversionpicks.widget;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * Options of the comparison widget: the products, as in {@code GET /compare}, the colour scheme and the blog post it
 * is on.
 */
public class WidgetCompareParams {

    @QueryParam("ids")
    @Parameter(description = "2 to 4 product ids, comma-separated or repeated; columns follow this order",
            required = true, example = "teeter-fitspine-x3,innova-itx9600",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> ids;

    @QueryParam("theme")
    @Parameter(description = "Colour scheme; auto follows the reader's system setting",
            schema = @Schema(enumeration = {"auto", "light", "dark"}, defaultValue = "auto"))
    public String theme;

    @QueryParam("post")
    @Parameter(description = "Address of the blog post the iframe is on: its retailer links carry it as post=, so "
            + "the click report shows which post earned a click. Without it, the Referer of the iframe request "
            + "is used (browsers usually send only the blog's origin).",
            example = "https://blog.example.com/best-inversion-tables")
    public String post;

    @HeaderParam("Referer")
    @Parameter(description = "The embedding page, when no post is given", hidden = true)
    public String referer;
}
