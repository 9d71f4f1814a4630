package io.inversionpicks.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.Published;
import io.inversionpicks.common.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The one place where read answers become cacheable HTTP responses. An answer is computed, serialised and kept once
 * per published catalogue state and request; a repeated request is answered with those bytes, without even parsing
 * its parameters (most of what a cache hit cost before). Every response carries an ETag (304 on a matching
 * If-None-Match) and public Cache-Control with a short max-age and stale-while-revalidate, so a CDN absorbs a viral
 * post, but never past the moment a price in the response expires: browsers and CDNs may not show a price older
 * than its retailer allows either.
 */
@ApplicationScoped
public class HttpCaching {

    /** Bytes of answers kept per published state, so that many distinct requests can't exhaust the heap. */
    private static final long CACHED_BYTES = 64L * 1024 * 1024;

    /** A request line (path and raw query string), as a key type of its own so it never collides with a page key. */
    private record RequestLine(String value) {
    }

    private final ObjectMapper mapper;
    private final Clock clock;
    private final long maxAge;
    private final long staleWhileRevalidate;
    /**
     * Answers per published state, compared by identity and held weakly: the answers of a state die with it. Two
     * states at most (the current one and the one a slow request still reads).
     */
    private final Cache<Published, Cache<Object, CachedJson>> answers = Caffeine.newBuilder().weakKeys()
            .maximumSize(2).build();

    public HttpCaching(ObjectMapper mapper, SiteConfig site, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
        this.maxAge = site.responseMaxAge().toSeconds();
        this.staleWhileRevalidate = maxAge * 5;
    }

    /**
     * A JSON answer for this request under {@code source}: the kept bytes, or {@code answer} computed and serialised.
     * An answer that fails (bad input throws a problem) is not kept, so the request is checked again next time.
     *
     * @param requestLine the request's path and raw query string, as sent
     */
    public Response json(Published source, String requestLine, HttpHeaders headers, Supplier<?> answer) {
        return respond(kept(source, new RequestLine(requestLine), () -> serialise(answer.get())), headers,
                MediaType.APPLICATION_JSON_TYPE, null);
    }

    /**
     * A page rendered on the server, kept like a JSON answer.
     *
     * @param key  everything the page depends on besides {@code source}
     * @param vary request headers, besides Accept-Encoding, that the page depends on
     */
    public Response page(Published source, Object key, HttpHeaders headers, MediaType mediaType, String vary,
                         Supplier<String> render) {
        return respond(kept(source, key, () -> CachedJson.of(render.get().getBytes(StandardCharsets.UTF_8))),
                headers, mediaType, vary);
    }

    private CachedJson kept(Published source, Object key, Supplier<CachedJson> render) {
        Cache<Object, CachedJson> kept = answers.get(source, s -> Caffeine.newBuilder().maximumWeight(CACHED_BYTES)
                .weigher((Object k, CachedJson json) -> json.body().length + 200).build());
        // Rendered outside the cache's lock, which a computing get would hold during a slow rendering. Two readers
        // asking the same new question at once both render it; the answers are identical.
        CachedJson known = kept.getIfPresent(key);
        if (known != null) {
            return known;
        }
        CachedJson rendered = render.get().freshUntil(source.validUntil());
        kept.put(key, rendered);
        return rendered;
    }

    private CachedJson serialise(Object body) {
        try {
            return CachedJson.of(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response can't be serialised", e);
        }
    }

    private Response respond(CachedJson json, HttpHeaders headers, MediaType mediaType, String vary) {
        String varies = vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding";
        String cacheControl = cacheControl(json.freshUntil(), clock.instant());
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, json.etag())
                ? Response.notModified() : Response.ok(json.body(), mediaType);
        return response.header(HttpHeaders.ETAG, json.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, varies).build();
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
