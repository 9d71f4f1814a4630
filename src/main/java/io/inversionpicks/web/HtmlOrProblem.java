package io.inversionpicks.web;

import io.inversionpicks.common.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

import java.util.List;

/**
 * Whether an error is answered with a page or with problem+json. A browser that follows a link or loads an iframe
 * prefers HTML and would show problem JSON as raw text; API clients, and clients that accept anything, get
 * application/problem+json. The one place this choice is made.
 */
public final class HtmlOrProblem {

    /** In order of preference when the client has none: problem+json first. */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(Problem.MEDIA_TYPE),
            MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE).build();

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private HtmlOrProblem() {
    }

    public static boolean prefersHtml(Request request) {
        Variant preferred = request.selectVariant(VARIANTS);
        return preferred != null && preferred.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
    }
}
