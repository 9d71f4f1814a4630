package io.inversionpicks.click;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as in production: prod profile, H2 in a
 * file under the given data folder, admin password from the environment, listening on loopback only.
 */
final class PackagedApp implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String ADMIN_PASSWORD = "it-admin-password";
    /** The range tests may use when they start a jar themselves. */
    private static final int FIRST_PORT = 18100;
    private static final int LAST_PORT = 18199;

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static PackagedApp start(Path dataDir, Path log) {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dapp.data-dir=" + dataDir.toAbsolutePath(),
                "-Dcatalog.path=" + Path.of("catalog-data").toAbsolutePath(),
                "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PackagedApp app = new PackagedApp(process, port, log);
        long started = System.nanoTime();
        app.awaitReady();
        System.out.printf("packaged app ready on port %d after %d ms%n", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return app;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    HttpClient http() {
        return http;
    }

    /** GET with the admin's credentials; fails on anything but 200. */
    String admin(String pathAndQuery) {
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(pathAndQuery + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the database. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: Quarkus shuts down normally. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the application did not exit within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .failFast("the process exited", () -> !process.isAlive())
                    .until(() -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (RuntimeException e) {
            close();
            throw new AssertionError("the application did not become ready:\n" + log(), e);
        }
    }

    private static int freePort() {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
    }
}
