package io.inversionpicks.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Readers clicking tracked links, from many threads, on one or more running instances. Every click names its own
 * source post ({@code postPrefix + n}), so the store can be checked click by click; the load remembers which clicks
 * were answered with a redirect and which failed (the instance was killed or is shutting down). Bounded in clicks,
 * so it always ends even if nobody stops it; loopback only.
 */
public final class ClickLoad implements AutoCloseable {

    public enum Outcome { REDIRECTED, FAILED, OTHER_STATUS }

    public record Click(String post, PackagedApp instance, Outcome outcome) {
    }

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> goPaths;
    private final List<PackagedApp> instances;
    private final String postPrefix;
    private final int maxClicks;
    private final ExecutorService workers;
    private final Queue<Click> clicks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private ClickLoad(List<String> goPaths, List<PackagedApp> instances, String postPrefix, int threads,
                      int maxClicks) {
        this.goPaths = List.copyOf(goPaths);
        this.instances = List.copyOf(instances);
        this.postPrefix = postPrefix;
        this.maxClicks = maxClicks;
        this.workers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            workers.execute(this::clickUntilStopped);
        }
    }

    /**
     * Starts clicking at once, round-robin over the instances and the {@code /go/...} paths.
     *
     * @param postPrefix what every post URL of this load starts with, so its clicks can be told from others
     */
    public static ClickLoad start(List<String> goPaths, List<PackagedApp> instances, String postPrefix, int threads,
                                  int maxClicks) {
        return new ClickLoad(goPaths, instances, postPrefix, threads, maxClicks);
    }

    /** Every click has been sent: the load ran out before whatever the test waited for. */
    public boolean finished() {
        return sequence.get() >= maxClicks;
    }

    public long count(Outcome outcome) {
        return clicks.stream().filter(c -> c.outcome() == outcome).count();
    }

    public long count(PackagedApp instance, Outcome outcome) {
        return clicks.stream().filter(c -> c.instance() == instance && c.outcome() == outcome).count();
    }

    public List<Click> clicks() {
        return List.copyOf(clicks);
    }

    /** The post URLs of the clicks that were answered with a redirect, as the store keeps them. */
    public Set<String> redirectedPosts() {
        return clicks.stream().filter(c -> c.outcome() == Outcome.REDIRECTED).map(Click::post)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Stops sending and waits for the requests in flight, so the outcomes are final. */
    public void stop() {
        stopped.set(true);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new AssertionError("click workers did not finish within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stopped.set(true);
        workers.shutdownNow();
    }

    private void clickUntilStopped() {
        while (!stopped.get()) {
            int n = sequence.incrementAndGet();
            if (n > maxClicks) {
                return;
            }
            PackagedApp instance = instances.get(n % instances.size());
            String post = postPrefix + n;
            HttpRequest request = HttpRequest.newBuilder(instance.uri(goPaths.get(n % goPaths.size())
                            + "?placement=widget&post=" + post))
                    .header("User-Agent", READER).timeout(Duration.ofSeconds(30)).build();
            clicks.add(new Click(post, instance, send(request)));
        }
    }

    private Outcome send(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            boolean redirect = response.statusCode() == 302 && response.headers().firstValue("Location").isPresent();
            return redirect ? Outcome.REDIRECTED : Outcome.OTHER_STATUS;
        } catch (IOException refusedOrCut) {
            // The instance was killed or is shutting down: no redirect arrived, so the click need not be stored.
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }
}
