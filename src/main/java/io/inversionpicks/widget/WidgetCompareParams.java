package io.inversionpicks.widget;

import jakarta.ws.rs.BeanParam;
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

    /** Theme, blog post and Referer, shared with the other widget page. */
    @BeanParam
    public EmbeddingParams embedding;
}
