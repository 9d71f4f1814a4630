package io.inversionpicks.click;

import io.inversionpicks.testing.PackagedApp;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clicks on tracked links, each tagged with a unique post URL, remembering exactly which ones were
 * answered with a redirect. Bounded in requests and time; loopback only.
 */
final class ClickLoad implements AutoCloseable {

    static final List<String> LINKS = List.of("/go/teeter-fitspine-x3/amazon", "/go/innova-itx9600/walmart",
            "/go/teeter-ep-560/teeter", "/go/yoga-trapeze-inversion-swing/yogabody",
            "/go/stamina-inline-inversion-chair/dicks-sporting-goods");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final PackagedApp app;
    private final String tag;
    private final int maxRequests;
    private final ExecutorService workers;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger sent = new AtomicInteger();
    private final Set<String> redirected = ConcurrentHashMap.newKeySet();

    private ClickLoad(PackagedApp app, String tag, int threads, int maxRequests) {
        this.app = app;
        this.tag = tag;
        this.maxRequests = maxRequests;
        this.workers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            workers.submit(this::clickUntilStopped);
        }
    }

    static ClickLoad start(PackagedApp app, String tag, int threads, int maxRequests) {
        return new ClickLoad(app, tag, threads, maxRequests);
    }

    /** The post URL a redirected request was tagged with, as the store keeps it. */
    static String post(String tag, int n) {
        return prefix(tag) + n;
    }

    /** What all post URLs of one load start with. */
    static String prefix(String tag) {
        return "https://it.example.com/" + tag + "/";
    }

    int redirects() {
        return redirected.size();
    }

    boolean finished() {
        return sent.get() >= maxRequests;
    }

    /** Stops sending and waits for the requests in flight; returns the posts of every redirect received. */
    Set<String> stop() {
        stop.set(true);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new AssertionError("load did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Set.copyOf(redirected);
    }

    @Override
    public void close() {
        stop.set(true);
        workers.shutdownNow();
    }

    private void clickUntilStopped() {
        while (!stop.get()) {
            int n = sent.incrementAndGet();
            if (n > maxRequests) {
                return;
            }
            String post = post(tag, n);
            HttpRequest request = HttpRequest.newBuilder(app.uri(LINKS.get(n % LINKS.size()) + "?placement=widget&post="
                            + post)).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 "
                            + "Firefox/133.0").timeout(Duration.ofSeconds(10)).build();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 302) {
                    redirected.add(post);
                }
            } catch (IOException refusedOrCut) {
                // The server was killed or is shutting down: this request got no redirect, so it need not be stored.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
