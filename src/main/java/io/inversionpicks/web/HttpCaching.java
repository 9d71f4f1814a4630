package io.inversionpicks.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.Published;
import io.inversionpicks.common.SiteConfig;
import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place where read answers become cacheable HTTP responses. An answer is computed, serialised and kept once
 * per published catalogue state and request; a repeated request is answered with those bytes, without even parsing
 * its parameters (most of what a cache hit cost before). Every response carries an ETag (304 on a matching
 * If-None-Match) and public Cache-Control with a short max-age and stale-while-revalidate, so a CDN absorbs a viral
 * post, but never past the moment a price in the response expires: browsers and CDNs may not show a price older
 * than its retailer allows either.
 * <p>
 * A request answered here once is remembered with its answer ({@link CachedRequests}), and the same request again is
 * answered by {@link CachedAnswerRoute} before the REST layer, from the same bytes with the same headers
 * ({@link #write}), without the REST layer's matching, filters and response building.
 */
@ApplicationScoped
public class HttpCaching {

    /** Bytes of answers kept per published state, so that many distinct requests can't exhaust the heap. */
    private static final long CACHED_BYTES = 64L * 1024 * 1024;

    /** A request line (path and raw query string), as a key type of its own so it never collides with a page key. */
    private record RequestLine(String value) {
    }

    /**
     * The key the REST layer keeps the matched path template under, for the request metrics (Quarkus' own
     * {@code ObservabilityUtil} writes it; Micrometer and OpenTelemetry read it).
     */
    static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    /** Everything kept for one published state: the answers, and which requests were given which. */
    private static final class Kept {
        final Cache<Object, CachedJson> answers = Caffeine.newBuilder().maximumWeight(CACHED_BYTES)
                .weigher((Object k, CachedJson json) -> json.body().length + 200).build();
        final CachedRequests requests = new CachedRequests();
    }

    /** A request answered before in the current state: the answer and how the REST layer wrote it. */
    public record Hit(CachedJson answer, CachedRequests.Remembered how) {
    }

    private final ObjectMapper mapper;
    private final Clock clock;
    private final long maxAge;
    private final long staleWhileRevalidate;
    /** Cache-Control of an answer that shows no expiring price: the same for every response. */
    private final String unlimited;
    /** The HTTP request being answered, to remember it; null outside one, and when the fast path is off. */
    private final Supplier<RoutingContext> currentRequest;
    /**
     * Answers per published state, compared by identity and held weakly: the answers of a state die with it. Two
     * states at most (the current one and the one a slow request still reads).
     */
    private final Cache<Published, Kept> states = Caffeine.newBuilder().weakKeys().maximumSize(2).build();

    /** Without the fast path: nothing is remembered (unit tests, which answer outside an HTTP request). */
    public HttpCaching(ObjectMapper mapper, SiteConfig site, Clock clock) {
        this(mapper, site, clock, () -> null);
    }

    @Inject
    HttpCaching(ObjectMapper mapper, SiteConfig site, Clock clock, FastPathConfig fastPath,
                CurrentVertxRequest request) {
        this(mapper, site, clock, fastPath.enabled() ? request::getCurrent : () -> null);
    }

    private HttpCaching(ObjectMapper mapper, SiteConfig site, Clock clock, Supplier<RoutingContext> currentRequest) {
        this.mapper = mapper;
        this.clock = clock;
        this.maxAge = site.responseMaxAge().toSeconds();
        this.staleWhileRevalidate = maxAge * 5;
        this.currentRequest = currentRequest;
        this.unlimited = lifetimes(maxAge, staleWhileRevalidate);
    }

    /**
     * A JSON answer for this request under {@code source}: the kept bytes, or {@code answer} computed and serialised.
     * An answer that fails (bad input throws a problem) is not kept, so the request is checked again next time.
     *
     * @param requestLine the request's path and raw query string, as sent
     */
    public Response json(Published source, String requestLine, HttpHeaders headers, Supplier<?> answer) {
        return respond(source, new RequestLine(requestLine), () -> serialise(answer.get()), headers,
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
        return respond(source, key, () -> CachedJson.of(render.get().getBytes(StandardCharsets.UTF_8)), headers,
                mediaType, vary);
    }

    /**
     * The answer the REST layer gave this very request before, in {@code state}: same absolute URI, same Accept and
     * same values of the headers the answer varies on; null if there is none (or it is not in the cache any more).
     */
    public Hit cached(Published state, HttpServerRequest request) {
        Kept kept = states.getIfPresent(state);
        CachedRequests.Remembered how = kept == null ? null : kept.requests.find(request);
        CachedJson answer = how == null ? null : kept.answers.getIfPresent(how.answerKey());
        return answer == null ? null : new Hit(answer, how);
    }

    /** The status of a remembered answer to this request: 304 when it has the answer's ETag, else 200. */
    public int status(Hit hit, HttpServerRequest request) {
        // Sent more than once, the values count together, as JAX-RS' getHeaderString joins them.
        List<String> sent = request.headers().getAll(HttpHeaders.IF_NONE_MATCH);
        String ifNoneMatch = sent.isEmpty() ? null : sent.size() == 1 ? sent.get(0) : String.join(",", sent);
        return ifNoneMatch != null && matches(ifNoneMatch, hit.answer().etag()) ? 304 : 200;
    }

    /**
     * Writes a remembered answer as {@link #respond} does through the REST layer: the same status, headers and bytes
     * (no body for a 304 or a HEAD), with Cache-Control cut to the answer's expiry as of now. The filters add their
     * headers (CORS, security) as to every response.
     *
     * @param status from {@link #status}
     */
    public void write(Hit hit, int status, HttpServerRequest request, HttpServerResponse response) {
        CachedJson json = hit.answer();
        response.setStatusCode(status);
        if (status == 200) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, hit.how().contentType());
        }
        response.putHeader(HttpHeaders.ETAG, json.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl(json.freshUntil(), clock.instant()))
                .putHeader(HttpHeaders.VARY, hit.how().vary());
        if (status != 200 || request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            // Wrapped, not copied: the kept bytes are never written to.
            response.end(Buffer.buffer(Unpooled.wrappedBuffer(json.body())));
        }
    }

    private CachedJson answer(Kept state, Object key, Supplier<CachedJson> render, Published source) {
        Cache<Object, CachedJson> kept = state.answers;
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

    private Response respond(Published source, Object key, Supplier<CachedJson> render, HttpHeaders headers,
                             MediaType mediaType, String vary) {
        Kept state = states.get(source, s -> new Kept());
        CachedJson json = answer(state, key, render, source);
        String varies = vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding";
        remember(state, key, mediaType, vary, varies);
        String cacheControl = cacheControl(json.freshUntil(), clock.instant());
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, json.etag())
                ? Response.notModified() : Response.ok(json.body(), mediaType);
        return response.header(HttpHeaders.ETAG, json.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, varies).build();
    }

    /**
     * Remembers which answer this request got, for {@link CachedAnswerRoute}. Only a GET or HEAD whose path template
     * the REST layer recorded (the request metrics need it); called only once an answer exists, so a request that
     * failed (400, 404) is never remembered.
     */
    private void remember(Kept state, Object key, MediaType mediaType, String vary, String varies) {
        RoutingContext context = currentRequest.get();
        if (context == null) {
            return;
        }
        HttpServerRequest request = context.request();
        Object route = ((HttpServerRequestInternal) request).context().getLocal(ROUTE_TEMPLATE);
        if ((request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                && route instanceof String template) {
            List<String> varied = vary == null ? List.of() : Arrays.stream(vary.split(",")).map(String::trim).toList();
            state.requests.remember(request, varied, key, mediaType.toString(), varies, template);
        }
    }

    /**
     * The configured lifetimes, cut so that fresh plus stale use ends no later than {@code freshUntil}: whole
     * seconds rounded down, because a cache counts the age of what it holds from when it received it. With less than
     * a second left nothing may be reused without asking again.
     */
    String cacheControl(Instant freshUntil, Instant now) {
        if (freshUntil.equals(Instant.MAX)) {
            return unlimited;
        }
        long left = Math.max(0, Duration.between(now, freshUntil).toSeconds());
        long fresh = Math.min(maxAge, left);
        return lifetimes(fresh, Math.min(staleWhileRevalidate, left - fresh));
    }

    private static String lifetimes(long fresh, long stale) {
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
