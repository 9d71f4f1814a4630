package io.inversionpicks.web;

import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Answers with a cached body, or with 304 when the client (or a CDN) already holds the same bytes. Public caching
 * with a short max-age and stale-while-revalidate lets a CDN absorb a viral post, but never past the moment a price
 * in the response expires: browsers and CDNs may not show a price older than its retailer allows either.
 */
@ApplicationScoped
public class HttpCaching {

    private final long maxAge;
    private final long staleWhileRevalidate;
    private final Clock clock;

    public HttpCaching(SiteConfig site, Clock clock) {
        this.maxAge = site.responseMaxAge().toSeconds();
        this.staleWhileRevalidate = maxAge * 5;
        this.clock = clock;
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
        String cacheControl = cacheControl(json.freshUntil(), clock.instant());
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, json.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, json.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, varies).build();
        }
        return Response.ok(json.body(), mediaType).header(HttpHeaders.ETAG, json.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, varies).build();
    }

    /**
     * The configured lifetimes, cut so that fresh plus stale use ends no later than {@code freshUntil}: whole
     * seconds rounded down, because a cache counts the age of what it holds from when it received it. With less than
     * a second left nothing may be reused without asking again.
     */
    String cacheControl(Instant freshUntil, Instant now) {
        long left = freshUntil.equals(Instant.MAX) ? Long.MAX_VALUE
                : Math.max(0, Duration.between(now, freshUntil).toSeconds());
        long fresh = Math.min(maxAge, left);
        long stale = Math.min(staleWhileRevalidate, left - fresh);
        String lifetimes = "public, max-age=" + fresh + ", s-maxage=" + fresh;
        return stale > 0 ? lifetimes + ", stale-while-revalidate=" + stale : lifetimes + ", must-revalidate";
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
