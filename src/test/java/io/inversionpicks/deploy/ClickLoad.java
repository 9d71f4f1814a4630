package io.inversionpicks.deploy;

import io.inversionpicks.testing.PackagedApp;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readers clicking tracked links on several instances at once. Every click names its own source post, so the store
 * can be checked click by click; the load remembers which clicks were answered with a redirect and which failed.
 */
final class ClickLoad {

    static final String POST_PREFIX = "https://it.example/multi-instance/";
    /** Far more than the test needs: the load always ends, even if nobody stops it. */
    private static final int MAX_CLICKS = 20_000;

    enum Outcome { REDIRECTED, FAILED, OTHER_STATUS }

    record Click(String post, PackagedApp instance, Outcome outcome) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> goPaths;
    private final List<PackagedApp> instances;
    private final Queue<Click> clicks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private ExecutorService workers;

    ClickLoad(List<String> goPaths, List<PackagedApp> instances) {
        this.goPaths = List.copyOf(goPaths);
        this.instances = List.copyOf(instances);
    }

    void start(int concurrency) {
        workers = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            workers.execute(this::clickUntilStopped);
        }
    }

    void stop() throws InterruptedException {
        stopped.set(true);
        workers.shutdown();
        if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new AssertionError("click workers did not finish");
        }
    }

    long count(PackagedApp instance, Outcome outcome) {
        return clicks.stream().filter(c -> c.instance() == instance && c.outcome() == outcome).count();
    }

    long count(Outcome outcome) {
        return clicks.stream().filter(c -> c.outcome() == outcome).count();
    }

    List<Click> clicks() {
        return List.copyOf(clicks);
    }

    private void clickUntilStopped() {
        while (!stopped.get()) {
            int n = sequence.incrementAndGet();
            if (n > MAX_CLICKS) {
                return;
            }
            PackagedApp instance = instances.get(n % instances.size());
            String post = POST_PREFIX + n;
            HttpRequest request = HttpRequest.newBuilder(instance.uri(goPaths.get(n % goPaths.size()) + "?post=" + post))
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
                    .timeout(Duration.ofSeconds(30)).build();
            clicks.add(new Click(post, instance, send(request)));
        }
    }

    private Outcome send(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            boolean redirect = response.statusCode() == 302 && response.headers().firstValue("Location").isPresent();
            return redirect ? Outcome.REDIRECTED : Outcome.OTHER_STATUS;
        } catch (IOException e) {
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }
}
