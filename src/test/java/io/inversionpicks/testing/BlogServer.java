package io.inversionpicks.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a reader's blog: static HTML pages on another origin (127.0.0.1 on a free port, while the service
 * answers on localhost), so the widget is exercised cross-origin, as on a real blog.
 */
public final class BlogServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, HeldPage> heldPages = new ConcurrentHashMap<>();

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
                HeldPage held = blog.heldPages.get(exchange.getRequestURI().getPath());
                if (held != null) {
                    held.send(exchange.getResponseBody(), length -> exchange.sendResponseHeaders(200, length));
                    exchange.close();
                    return;
                }
                exchange.sendResponseHeaders(page == null ? 404 : 200, page == null ? -1 : page.length);
                if (page != null) {
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(page);
                    }
                }
                exchange.close();
            });
            // A held page blocks its handler until released; the other pages must not wait behind it.
            server.setExecutor(blog.handlers);
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

    /**
     * Serves the HTML at the path in two parts: the bytes before {@code split} at once, the rest only once the returned
     * page is {@linkplain HeldPage#release() released}, as a slow network may deliver a page. Returns the handle.
     */
    public HeldPage publishHeld(String path, String html, int split) {
        HeldPage held = new HeldPage(origin() + path, html.getBytes(StandardCharsets.UTF_8),
                html.substring(0, split).getBytes(StandardCharsets.UTF_8).length);
        heldPages.put(path, held);
        return held;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        heldPages.values().forEach(HeldPage::release);
        server.stop(0);
        handlers.shutdownNow();
    }

    /** A page whose second part waits for {@link #release()}; closing it releases it too. */
    public static final class HeldPage implements AutoCloseable {

        interface Headers {
            void send(long length) throws IOException;
        }

        private final String url;
        private final byte[] bytes;
        private final int split;
        private final CountDownLatch released = new CountDownLatch(1);

        HeldPage(String url, byte[] bytes, int split) {
            this.url = url;
            this.bytes = bytes;
            this.split = split;
        }

        public String url() {
            return url;
        }

        public void release() {
            released.countDown();
        }

        @Override
        public void close() {
            release();
        }

        void send(OutputStream body, Headers headers) throws IOException {
            headers.send(bytes.length);
            body.write(bytes, 0, split);
            body.flush();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("the held page " + url + " was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            body.write(bytes, split, bytes.length - split);
            body.close();
        }
    }
}
