package io.inversionpicks.widget;

import io.inversionpicks.common.ParamReader;
import io.inversionpicks.compare.ComparisonQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Options of the comparison widget: the products, as in {@code GET /compare}, the colour scheme and the blog post it
 * is on.
 */
public class WidgetCompareParams {

    @QueryParam("ids")
    @Parameter(description = "2 to 4 product ids, comma-separated or repeated; columns follow this order",
            required = true, example = "[\"teeter-fitspine-x3\", \"innova-itx9600\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> ids;

    /** Theme, blog post and Referer, shared with the other widget page. */
    @BeanParam
    public EmbeddingParams embedding;

    /**
     * The validated request: the options first, then the ids (each a 400 problem naming every mistake).
     *
     * @param posts reads the blog post from the {@code post} option or the Referer
     * @param self  the base URI of this request, see {@link EmbeddingPost}
     */
    ComparePageQuery toQuery(EmbeddingPost posts, URI self) {
        ParamReader in = new ParamReader();
        WidgetLook look = WidgetLook.read(in, embedding.theme, null);
        Optional<String> post = posts.read(in, embedding.post, embedding.referer, self);
        in.throwIfInvalid();
        return new ComparePageQuery(ComparisonQuery.read(ids), look, post, posts.pageBase(self));
    }
}
