package io.inversionpicks.click;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Everything {@code POST /clicks/...} reads from a request: the query of the {@code /go} link, plus a click id. */
public class ClickParams {

    @PathParam("productId")
    @Parameter(description = "Product id from the catalogue", example = "teeter-fitspine-x3")
    public String productId;

    @PathParam("retailer")
    @Parameter(description = "Retailer id of one of the product's offers, a retailer with direct links",
            example = "amazon")
    public String retailer;

    @QueryParam("placement")
    @Parameter(description = "Where the link was shown. Any other value is recorded as 'unknown'.",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"api", "widget", "compare", "recommendations", "unknown"}), example = "widget")
    public String placement;

    @QueryParam("post")
    @Parameter(description = "URL of the blog post the link is on; stored as scheme, host and path only. "
            + "Defaults to the Ping-From header, then the Referer.",
            example = "https://blog.example.com/best-inversion-tables")
    public String post;

    @QueryParam("click")
    @Parameter(description = "A random id the page gives the click (8-64 letters, digits, '-' or '_'), the same in "
            + "every report of that click (ping and beacon): it is stored once",
            example = "3f1c9a4e-5b7d-4e2a-9c1f-0b8d6e2a7c55")
    public String click;

    @HeaderParam("Content-Type")
    @Parameter(hidden = true)
    public String contentType;

    @HeaderParam("Ping-From")
    @Parameter(description = "Sent by browsers with <a ping>: the page the link was on", hidden = true)
    public String pingFrom;

    @HeaderParam("Ping-To")
    @Parameter(description = "Sent by browsers with <a ping>: where the link went; must be the offer's host",
            hidden = true)
    public String pingTo;

    @HeaderParam("Referer")
    @Parameter(hidden = true)
    public String referer;

    @HeaderParam("User-Agent")
    @Parameter(description = "Judged against the crawler list: bots are flagged, link previews not counted",
            hidden = true)
    public String userAgent;
}
