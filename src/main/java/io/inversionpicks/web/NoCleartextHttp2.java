package io.inversionpicks.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plain-HTTP port speaks HTTP/1.1 only: it ignores {@code Upgrade: h2c} and does not take HTTP/2 without TLS.
 * <p>
 * Why: Java's own {@code java.net.http.HttpClient}, whose default is HTTP/2, asks every new plain-HTTP connection to
 * upgrade, and on this server some of those first requests never got an answer (not even the client's timeout
 * fired) or lost their connection ("EOF reached while reading"), on /products answers of more than one HTTP/2 frame:
 * 200 new clients of 5 requests each hung in every run ({@code src/bench/NewConnections.java}). curl's upgrades did
 * not hang, so the fault may be the client's, but a blogger's Java program is a client this API has. Browsers never
 * use HTTP/2 without TLS, and a CDN or ingress in front talks HTTP/1.1 to the pod, so nobody loses anything; with TLS
 * on this server (the https port) HTTP/2 is still negotiated as usual. {@code CleartextUpgradeTest} checks it.
 */
@ApplicationScoped
public class NoCleartextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
