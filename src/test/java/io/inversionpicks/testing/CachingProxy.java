package io.inversionpicks.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shared cache in front of the service, as simple as the cheapest CDN: GET responses that may be stored in a shared
 * cache are kept by URL alone (path and query; request headers and {@code Vary} are ignored) and replayed to every
 * later request for that URL. Answers carry {@code X-Cache: HIT} or {@code MISS}. Loopback only; requests are
 * forwarded without a body, as only reads are tested through it.
 */
public final class CachingProxy implements AutoCloseable {

    /** Hop-by-hop headers, and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "host", "upgrade", "expect", "te", "trailer", "proxy-connection", "accept-encoding");

    private record Stored(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private final HttpServer server;
    private final URI origin;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, Stored> cache = new ConcurrentHashMap<>();

    private CachingProxy(HttpServer server, URI origin) {
        this.server = server;
        this.origin = origin;
    }

    /** @param origin the service, e.g. http://localhost:8081 */
    public static CachingProxy start(URI origin) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            CachingProxy proxy = new CachingProxy(server, origin);
            server.createContext("/", proxy::handle);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listens on 127.0.0.1 at this port. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        boolean get = exchange.getRequestMethod().equals("GET");
        Stored hit = get ? cache.get(key) : null;
        Stored answer = hit != null ? hit : forward(exchange, key);
        if (get && hit == null && storable(answer)) {
            cache.put(key, answer);
        }
        answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.getResponseHeaders().set("X-Cache", hit != null ? "HIT" : "MISS");
        boolean empty = answer.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
        if (!empty) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer.body());
            }
        }
        exchange.close();
    }

    private Stored forward(HttpExchange exchange, String key) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(origin.resolve(key))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new ConcurrentHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    headers.put(name, values);
                }
            });
            return new Stored(response.statusCode(), headers, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean storable(Stored answer) {
        String cacheControl = answer.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Cache-Control"))
                .flatMap(h -> h.getValue().stream()).reduce("", (a, b) -> a + "," + b).toLowerCase();
        return answer.status() == 200 && !cacheControl.contains("no-store") && !cacheControl.contains("private")
                && (cacheControl.contains("public") || cacheControl.contains("max-age"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
