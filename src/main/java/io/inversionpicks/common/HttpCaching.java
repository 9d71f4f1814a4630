package io.inversionpicks.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Answers with a cached body, or with 304 when the client (or a CDN) already holds the same bytes. Public caching
 * with a short max-age and stale-while-revalidate lets a CDN absorb a viral post.
 */
@ApplicationScoped
public class HttpCaching {

    private final String cacheControl;

    public HttpCaching(SiteConfig site) {
        long maxAge = site.responseMaxAge().toSeconds();
        this.cacheControl = "public, max-age=" + maxAge + ", stale-while-revalidate=" + (maxAge * 5);
    }

    public Response respond(CachedJson json, HttpHeaders headers) {
        return respond(json, headers, MediaType.APPLICATION_JSON);
    }

    public Response respond(CachedJson json, HttpHeaders headers, String mediaType) {
        return respond(json, headers, mediaType, null);
    }

    /** @param vary request headers, besides Accept-Encoding, that the body depends on; null for none */
    public Response respond(CachedJson json, HttpHeaders headers, String mediaType, String vary) {
        String varies = vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding";
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, json.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, json.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, varies).build();
        }
        return Response.ok(json.body(), mediaType).header(HttpHeaders.ETAG, json.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, varies).build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
