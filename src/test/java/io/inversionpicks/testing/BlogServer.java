package io.inversionpicks.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for a reader's blog: static HTML pages on another origin (127.0.0.1 on a free port, while the service
 * answers on localhost), so the widget is exercised cross-origin, as on a real blog.
 */
public final class BlogServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    private BlogServer(HttpServer server) {
        this.server = server;
    }

    public static BlogServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            BlogServer blog = new BlogServer(server);
            server.createContext("/", exchange -> {
                byte[] page = blog.pages.get(exchange.getRequestURI().getPath());
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(page == null ? 404 : 200, page == null ? -1 : page.length);
                if (page != null) {
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(page);
                    }
                }
                exchange.close();
            });
            server.start();
            return blog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the HTML at the path and returns its absolute URL. */
    public String publish(String path, String html) {
        pages.put(path, html.getBytes(StandardCharsets.UTF_8));
        return origin() + path;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
