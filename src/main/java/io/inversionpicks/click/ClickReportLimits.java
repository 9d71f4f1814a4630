package io.inversionpicks.click;

import io.inversionpicks.common.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets pages on any site report clicks with simple requests, and bounds what {@code POST /clicks/...} accepts before anything reads the request: a body over {@link #MAX_BODY}
 * bytes is refused from its Content-Length (413), and one without a length (chunked, or HTTP/2 data without a
 * content-length) is refused too (411), so no body is ever read past the bound. Every answer on the path, errors included, is {@code no-store}: a report must
 * reach the service every time.
 */
@ApplicationScoped
public class ClickReportLimits {

    /** Browsers send "PING" with {@code <a ping>}; a beacon from our scripts has an empty body. */
    static final long MAX_BODY = 1024;
    static final String PATH_PREFIX = "/clicks/";
    /** After SecurityHeadersFilter (10 000), so its headers are on these answers too; before the CORS filter (300). */
    private static final int PRIORITY = 9_000;

    void register(@Observes Filters filters) {
        filters.register(this::apply, PRIORITY);
    }

    void apply(RoutingContext context) {
        if (!context.normalizedPath().startsWith(PATH_PREFIX)) {
            context.next();
            return;
        }
        context.addHeadersEndHandler(ignored -> context.response().headers()
                .set(HttpHeaders.CACHE_CONTROL, "no-store"));
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST) {
            context.next();
            return;
        }
        // A report from a blog is a simple cross-origin POST (no preflight), which the Quarkus CORS filter would
        // refuse (403) because quarkus.http.cors.methods names only GET and HEAD. Widening that list would also let
        // preflights for POST through, with any Content-Type, on every path; instead this path takes the Origin out
        // of its reports before that filter sees them. Nothing here depends on the origin: no cookies are read, no
        // credentials allowed, and the answer is an empty 204 (Access-Control-Allow-Origin: * from
        // SecurityHeadersFilter).
        request.headers().remove(HttpHeaders.ORIGIN);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        // HTTP/1.1 announces a body of unknown length as chunked; HTTP/2 just sends DATA frames after the headers.
        boolean unknownLength = length == null && (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || request.version() == HttpVersion.HTTP_2 && !request.isEnded());
        if (unknownLength) {
            refuse(context, ProblemType.LENGTH_REQUIRED, "Send a Content-Length of at most " + MAX_BODY + " bytes");
        } else if (length != null && !withinBound(length)) {
            refuse(context, ProblemType.BODY_TOO_LARGE, "The body may be at most " + MAX_BODY
                    + " bytes; its content is not read anyway");
        } else {
            context.next();
        }
    }

    private static boolean withinBound(String length) {
        try {
            long bytes = Long.parseLong(length.trim());
            return bytes >= 0 && bytes <= MAX_BODY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Closes the connection: the unread body must not be taken for the next request. */
    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        String body = "{\"type\":\"https://inversionpicks.io/problems/" + type.slug() + "\",\"title\":\""
                + type.title() + "\",\"status\":" + type.status() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + jsonSafe(context.normalizedPath()) + "\"}";
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** The path is the only request text repeated; anything but safe characters is dropped from it. */
    private static String jsonSafe(String path) {
        return path.replaceAll("[^A-Za-z0-9/._~-]", "");
    }
}
