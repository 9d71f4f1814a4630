package io.inversionpicks.widget;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Options every widget page takes, whatever it shows: how it looks and which blog post it is on. */
public class EmbeddingParams {

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
