package io.inversionpicks.testing;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One running instance of the packaged service (target/quarkus-app/quarkus-run.jar) on its own port, with its
 * output in a log file. It inherits this JVM's environment (in the PostgreSQL run: the run's database) plus the
 * given overrides.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** Ports the packaged-jar tests may use on a shared machine. */
    private static final int FIRST_PORT = 18300;
    private static final int LAST_PORT = 18399;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private PackagedApp(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar and returns at once; see {@link #awaitReady}. */
    public static PackagedApp start(String name, int port, Map<String, String> environment, Path logDir) {
        return start(name, port, environment, logDir, List.of());
    }

    /** Starts the jar with extra JVM options (before -jar) and returns at once. */
    public static PackagedApp start(String name, int port, Map<String, String> environment, Path logDir,
                                    List<String> jvmOptions) {
        Path log = logDir.resolve(name + ".log");
        // No packaged test may check the real retailers' sites: the link checker is off unless a test turns it on
        // (a later -D wins), routed to a local stand-in.
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dlinks.check-every=off"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new PackagedApp(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + JAR, e);
        }
    }

    /** How a run that ended by itself ended: its exit status and everything it printed. */
    public record Exit(int code, String output) {
    }

    /**
     * Starts the jar and waits for it to end by itself, for start-ups that must fail: returns the exit status and the
     * whole output of this run. A process still running after {@code timeout} is killed (SIGKILL), and the test fails
     * with its output. Port 0: should it get as far as listening, the system picks a free port.
     */
    public static Exit runToExit(String name, Map<String, String> environment, Path logDir, Duration timeout) {
        Path log = logDir.resolve(name + ".log");
        long earlierOutput = log.toFile().length();
        PackagedApp app = start(name, 0, environment, logDir);
        boolean exited;
        try {
            exited = app.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.kill();
            throw new AssertionError(e);
        }
        if (!exited) {
            app.kill();
        }
        String output = app.outputAfter(earlierOutput);
        if (!exited) {
            throw new AssertionError(name + " still running after " + timeout + ", killed; output:\n" + output);
        }
        return new Exit(app.process.exitValue(), output);
    }

    /** A port in the range reserved for these tests that nothing listens on right now. */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT + 1);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                socket.setReuseAddress(true);
                return candidate;
            } catch (IOException taken) {
                // try another one
            }
        }
        throw new IllegalStateException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
    }

    /** Polls /q/health/ready until it answers 200; fails at once, with the log, if the process exits. */
    public void awaitReady(Duration timeout) {
        try {
            await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited", () -> !process.isAlive())
                    .until(() -> status("/q/health/ready") == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError(e.getMessage() + "\n" + log(), e);
        }
    }

    /** The status of a GET, or -1 when nothing answers. */
    public int status(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException nothingListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: a normal shutdown. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** SIGTERM, without waiting: see {@link #awaitExit}. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end by itself; its exit status, or an AssertionError with the log on timeout. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " still running after " + timeout + "\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The whole log, to look for a line in: a few stack traces printed while the service stops can push any line out
     * of the last 80 (it happened to CatalogueRestartIT's "stopped after" line in CI).
     */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The last 80 lines of the log: enough to explain a failure without flooding the build's output. */
    public String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    /** The log from byte {@code offset} on, whole: what this run printed when the log already held an earlier one. */
    private String outputAfter(long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
