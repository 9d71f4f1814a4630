package io.inversionpicks.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

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
            URI uri = instance.uri(goPaths.get(n % goPaths.size()) + "?placement=widget&post=" + post);
            clicks.add(new Click(post, instance, send(uri)));
        }
    }

    /**
     * One request on its own connection, never sent twice. The JDK's HttpClient silently re-sends a GET whose pooled
     * connection closed before the answer (as it does while an instance shuts down), which would turn one click into
     * two requests and make the store look as if it had counted one click twice.
     */
    private static Outcome send(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
            String request = "GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "User-Agent: " + READER + "\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return outcome(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)));
        } catch (IOException refusedOrCut) {
            // The instance was killed or is shutting down: no redirect arrived, so the click need not be stored.
            return Outcome.FAILED;
        }
    }

    /** A redirect counts as received only once its status line and every header arrived. */
    private static Outcome outcome(BufferedReader answer) throws IOException {
        String status = answer.readLine();
        boolean location = false;
        String header;
        while ((header = answer.readLine()) != null && !header.isEmpty()) {
            location |= header.regionMatches(true, 0, "Location:", 0, "Location:".length());
        }
        if (status == null || header == null) {
            return Outcome.FAILED;
        }
        return status.startsWith("HTTP/1.1 302 ") && location ? Outcome.REDIRECTED : Outcome.OTHER_STATUS;
    }
}
