package io.inversionpicks.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Decides per path who may frame a response, who may read it cross-origin and, for /admin, that nobody may keep it.
 * Only the two widget pages may be framed (by the configured allow-list); every other response, static files and
 * errors included, is not framable.
 * <p>
 * Everything but {@code /admin} is the public read API, readable by scripts on any site: every response carries
 * {@code Access-Control-Allow-Origin: *}, whether or not the request had an {@code Origin}. Browsers and CDNs keep
 * one copy per URL and hand it to later requests of any kind, so a copy first fetched without {@code Origin} (by a
 * {@code <link>}, a crawler, a CDN warm-up) must already be readable by the widget; and as the header never depends
 * on the request, no {@code Vary: Origin} is needed. The Quarkus CORS filter ({@code quarkus.http.cors.*}) still
 * answers preflights; the headers it adds to other responses only when {@code Origin} is sent are made the same here
 * for every request.
 * <p>
 * {@code /admin} is never readable cross-origin (its CORS headers are removed, preflight answers included) and never
 * stored by a browser or a shared cache ({@code no-store}, on 401s and errors too), whatever its handler did.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    /** Runs before the CORS filter, so that preflights answered by it still pass through our headers hook. */
    private static final int PRIORITY = 10_000;
    public static final List<String> FRAMABLE_PAGES = List.of("/widget/picks", "/widget/compare");
    static final String BUILDER_PAGE = "/widget";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    /** What a script on another site may read besides the basic response headers: the ETag, to revalidate. */
    private static final String EXPOSED = "ETag";
    /** What only a preflight's answer means; Quarkus adds them to other responses too when Origin is sent. */
    private static final List<String> PREFLIGHT_ONLY = List.of("Access-Control-Allow-Methods",
            "Access-Control-Allow-Headers", "Access-Control-Allow-Credentials", "Access-Control-Max-Age");

    private final ContentSecurityPolicies policies;

    public SecurityHeadersFilter(ContentSecurityPolicies policies) {
        this.policies = policies;
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, PRIORITY);
    }

    void apply(RoutingContext context) {
        String path = context.normalizedPath();
        boolean preflight = isPreflight(context.request());
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            framing(path, headers);
            if (path.equals("/admin") || path.startsWith("/admin/")) {
                headers.names().stream().filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15))
                        .toList().forEach(headers::remove);
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            } else {
                readableByAnySite(preflight, headers);
            }
        });
        context.next();
    }

    private void framing(String path, MultiMap headers) {
        if (FRAMABLE_PAGES.contains(path)) {
            headers.set("Content-Security-Policy", policies.widgetFrame());
            return;
        }
        headers.set("X-Frame-Options", "DENY");
        if (path.equals(BUILDER_PAGE)) {
            headers.set("Content-Security-Policy", policies.builder());
        } else if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", policies.notFramable());
        }
    }

    /**
     * The read API sends no credentials and is cached publicly, so "*" (not the caller's origin, which Quarkus
     * echoes) is both correct and safe: one copy serves every blog.
     */
    private static void readableByAnySite(boolean preflight, MultiMap headers) {
        headers.set(ALLOW_ORIGIN, "*");
        if (!preflight) {
            PREFLIGHT_ONLY.forEach(headers::remove);
            headers.set(EXPOSE_HEADERS, EXPOSED);
        }
    }

    /** As the Quarkus CORS filter tells a preflight from other requests. */
    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && (request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) != null);
    }
}
