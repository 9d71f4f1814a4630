package io.inversionpicks.widget;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.common.CachedJson;
import io.inversionpicks.web.HttpCaching;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The iframe pages, rendered once per catalogue version and request, then served as bytes with an ETag: a viral post
 * sends every reader to the same page, which should cost what a static file costs, not a template rendering each.
 * The page depends on its options and, for click attribution, on the Referer (see {@link EmbeddingPost}), so both
 * are part of the key and the response varies on Referer for caches in front.
 */
@ApplicationScoped
public class RenderedPages {

    static final String HTML = "text/html;charset=UTF-8";
    /** Accept picks HTML or problem JSON for a bad option; Referer may name the post clicks are credited to. */
    static final String VARY = "Accept, Referer";

    private record Key(String page, Map<String, List<String>> query, String referer, URI base) {
    }

    private final CatalogueService catalogue;
    private final HttpCaching caching;

    public RenderedPages(CatalogueService catalogue, HttpCaching caching) {
        this.catalogue = catalogue;
        this.caching = caching;
    }

    /** A bad option throws from {@code render} before anything is cached, and becomes a 400 as before. */
    Response respond(String page, UriInfo uri, String referer, HttpHeaders headers, Supplier<String> render) {
        Key key = new Key(page, new TreeMap<>(uri.getQueryParameters()), referer, uri.getBaseUri());
        CachedJson body = catalogue.current().cached(key, () ->
                CachedJson.of(render.get().getBytes(StandardCharsets.UTF_8)));
        return caching.respond(body, headers, HTML, VARY);
    }
}
