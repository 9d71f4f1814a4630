package io.inversionpicks.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every response under /go/ (redirects, 404s, 400s alike) must not be cached, or a browser or CDN would replay the
 * redirect without counting it, and must not be indexed, so search engines never list the tracked links. Set at the
 * HTTP layer so that no error path can miss it.
 */
@ApplicationScoped
public class GoResponseHeaders {

    void install(@Observes Router router) {
        router.route("/go/*").order(-100).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response().headers()
                    .set("Cache-Control", "no-store")
                    .set("X-Robots-Tag", "noindex, nofollow"));
            context.next();
        });
    }
}
