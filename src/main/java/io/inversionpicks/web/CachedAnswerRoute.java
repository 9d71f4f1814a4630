package io.inversionpicks.web;

import io.inversionpicks.common.Published;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The fast path for cached answers: a GET or HEAD that the REST layer answered before in the current published state
 * (the same request, see {@link CachedRequests}) is answered here, before the REST layer, with the same status,
 * headers and bytes ({@link HttpCaching#write}). Everything else, and every request the first time, goes on to the
 * REST layer, which checks it, answers it and remembers it. A cached /products answer through the REST layer spent
 * most of its time there (matching, parameter parsing and filters, response building), not in the lookup.
 * <p>
 * Only answers that the REST layer gave are given again, and only in the state they were computed from: a new
 * published state (a reload, a price sync, a price expiring) starts with nothing remembered. Rejected requests (400,
 * 404, 406) are never remembered, so they always reach the REST layer and its problem details.
 * <p>
 * The filters run before this route, so the CORS and security headers ({@link SecurityHeadersFilter}) are added as
 * to every response. The request metrics of these answers are {@link CachedAnswerMetrics}, not
 * {@code http_server_requests}.
 */
@ApplicationScoped
public class CachedAnswerRoute {

    /**
     * After the filters, which run first whatever their priority (SecurityHeadersFilter, ClickReportLimits, the
     * Quarkus CORS filter), and before the REST layer. /admin, the only path HTTP security guards, never gets here.
     */
    static final int ORDER = -250;
    /**
     * The path template that keeps an answer out of {@code http_server_requests}: the Micrometer HTTP binder skips
     * requests whose template matches {@code quarkus.micrometer.binder.http-server.ignore-patterns}, which lists it
     * (application.properties). No real path has it: the service has no such resource.
     */
    static final String UNMEASURED_TEMPLATE = "/cached-answer";

    private final HttpCaching caching;
    private final Published.Source source;
    private final CachedAnswerMetrics metrics;
    private final boolean enabled;

    public CachedAnswerRoute(HttpCaching caching, Published.Source source, CachedAnswerMetrics metrics,
                             FastPathConfig config) {
        this.caching = caching;
        this.source = source;
        this.metrics = metrics;
        this.enabled = config.enabled();
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::answer);
        }
    }

    void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD || isAdmin(context.normalizedPath())) {
            context.next();
            return;
        }
        Published state = source.published();
        HttpCaching.Hit hit = state == null ? null : caching.cached(state, request);
        if (hit == null) {
            context.next();
            return;
        }
        ((HttpServerRequestInternal) request).context().putLocal(HttpCaching.ROUTE_TEMPLATE, UNMEASURED_TEMPLATE);
        int status = caching.status(hit, request);
        // Counted before the answer is sent, so that whoever reads the count after receiving it finds it counted.
        metrics.count(hit.how().route(), method, status);
        caching.write(hit, status, request, context.response());
    }

    /** Never remembered anyway (only HttpCaching's answers are); checked so that no change can make it so. */
    private static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }
}
