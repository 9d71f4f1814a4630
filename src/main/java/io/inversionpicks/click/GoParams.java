package io.inversionpicks.click;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Everything {@code /go/...} reads from a request; shared by GET and HEAD. */
public class GoParams {

    @PathParam("productId")
    @Parameter(description = "Product id from the catalogue", example = "teeter-fitspine-x3")
    public String productId;

    @PathParam("retailer")
    @Parameter(description = "Retailer id of one of the product's offers", example = "amazon")
    public String retailer;

    /** The enumeration repeats {@code Placement} (annotations need constants); a test keeps them equal. */
    @QueryParam("placement")
    @Parameter(description = "Where the link was shown. Any other value still redirects and is recorded as "
            + "'unknown'.", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"api", "widget", "compare", "recommendations", "unknown"}), example = "widget")
    public String placement;

    @QueryParam("post")
    @Parameter(description = "URL of the blog post the link is on; stored as scheme, host and path only. "
            + "Defaults to the Referer header.", example = "https://blog.example.com/best-inversion-tables")
    public String post;

    @HeaderParam("Referer")
    @Parameter(description = "The source post when no post parameter is given", hidden = true)
    public String referer;

    @HeaderParam("User-Agent")
    @Parameter(description = "Judged against the crawler list: bots are flagged, link previews not counted",
            hidden = true)
    public String userAgent;

    @HeaderParam("Sec-Purpose")
    @Parameter(description = "'prefetch' or 'prefetch;prerender': redirected but not counted",
            example = "prefetch")
    public String secPurpose;

    @HeaderParam("Purpose")
    @Parameter(description = "'prefetch': redirected but not counted", example = "prefetch")
    public String purpose;

    @HeaderParam("X-Purpose")
    @Parameter(description = "'preview' (Safari): redirected but not counted", example = "preview")
    public String xPurpose;

    @HeaderParam("X-Moz")
    @Parameter(description = "'prefetch' (Firefox): redirected but not counted", example = "prefetch")
    public String xMoz;

    Visit visit(boolean head) {
        return new Visit(productId, retailer, placement, post, referer, userAgent, head,
                PrefetchHeaders.speculative(secPurpose, purpose, xPurpose, xMoz));
    }
}
