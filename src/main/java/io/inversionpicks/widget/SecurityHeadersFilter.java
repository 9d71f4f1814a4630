package io.inversionpicks.widget;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Decides per path who may frame a response and who may read it cross-origin. Only the two widget pages may be
 * framed (by the configured allow-list); every other response, static files and errors included, is not framable.
 * The public read API is readable from any origin through the Quarkus CORS filter, but {@code /admin} never is:
 * its CORS headers are removed here, so a browser refuses to hand an admin response (or a preflight) to another
 * site's script.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    /** Runs before the CORS filter, so that preflights answered by it still pass through our headers hook. */
    private static final int PRIORITY = 10_000;
    static final List<String> FRAMABLE_PAGES = List.of("/widget/picks", "/widget/compare");
    static final String BUILDER_PAGE = "/widget";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final ContentSecurityPolicies policies;

    public SecurityHeadersFilter(ContentSecurityPolicies policies) {
        this.policies = policies;
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, PRIORITY);
    }

    void apply(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> decorate(path, context.response().headers()));
        context.next();
    }

    private void decorate(String path, MultiMap headers) {
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
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            headers.names().stream().filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList()
                    .forEach(headers::remove);
        } else if (headers.contains(ALLOW_ORIGIN)) {
            // Quarkus echoes the caller's origin. The read API sends no credentials and is cached publicly, so
            // "*" is both correct and safe for a CDN: one cached copy serves every blog, with no Vary: Origin.
            headers.set(ALLOW_ORIGIN, "*");
        }
    }
}
