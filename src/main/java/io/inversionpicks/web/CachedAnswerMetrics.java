package io.inversionpicks.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the answers {@link CachedAnswerRoute} gives, per path template, method and status, as
 * {@code http_server_cached_requests_total}: those requests are not in {@code http_server_requests} (whose timer,
 * tags and registry lookup per request cost more than the rest of such an answer), so the requests of a route are
 * the sum of both. A counter per template, method and status is looked up once and then only incremented.
 */
@ApplicationScoped
public class CachedAnswerMetrics {

    static final String NAME = "http.server.cached.requests";

    private final MeterRegistry registry;
    /** Per path template: GET 200, GET 304, HEAD 200, HEAD 304. */
    private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();

    public CachedAnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String route, HttpMethod method, int status) {
        Counter[] forRoute = counters.get(route);
        if (forRoute == null) {
            forRoute = counters.computeIfAbsent(route, this::register);
        }
        forRoute[(method == HttpMethod.HEAD ? 2 : 0) + (status == 304 ? 1 : 0)].increment();
    }

    private Counter[] register(String route) {
        return new Counter[]{counter(route, "GET", 200), counter(route, "GET", 304), counter(route, "HEAD", 200),
                counter(route, "HEAD", 304)};
    }

    private Counter counter(String route, String method, int status) {
        return Counter.builder(NAME).description("Requests answered from the cache before the REST layer")
                .tag("uri", route).tag("method", method).tag("status", String.valueOf(status)).register(registry);
    }
}
