package io.inversionpicks.startup;

import io.inversionpicks.catalog.CatalogueService;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Why this exists: start-up time. A JVM started with {@code -XX:ArchiveClassesAtExit=app-cds.jsa} writes the classes
 * it has loaded into a class-data-sharing archive when it exits (not when it is killed), and later starts with
 * {@code -XX:SharedArchiveFile=app-cds.jsa} map them instead of loading and verifying them again (a fifth less CPU to
 * start here). The archive only fits the JVM build that wrote it, so it is produced where the service runs: in the
 * image build (deploy/Dockerfile) and in the benchmark. This is that training run: with
 * {@code app.training-run.exit-after-startup=true} the service starts as usual, publishes the catalogue, asks itself
 * for {@code /products} once (so the classes of a served request are archived too), and exits cleanly.
 */
@ApplicationScoped
class TrainingRun {

    private static final Logger LOG = Logger.getLogger(TrainingRun.class);
    /** After every other start-up observer, the catalogue's first publication (default priority) included. */
    static final int AFTER_DEFAULT_OBSERVERS = ObserverMethod.DEFAULT_PRIORITY + 1000;
    private static final Duration HTTP_WAIT = Duration.ofSeconds(60);

    private final TrainingRunConfig config;
    private final CatalogueService catalogue;
    private final String host;
    private final int port;

    TrainingRun(TrainingRunConfig config, CatalogueService catalogue,
                @ConfigProperty(name = "quarkus.http.host") String host,
                @ConfigProperty(name = "quarkus.http.port") int port) {
        this.config = config;
        this.catalogue = catalogue;
        this.host = host;
        this.port = port;
    }

    void exitAfterStartup(@Observes @Priority(AFTER_DEFAULT_OBSERVERS) StartupEvent event) {
        if (!config.exitAfterStartup()) {
            return;
        }
        if (!catalogue.ready()) {
            // Ordering guard: an archive trained before the catalogue is published would miss its classes.
            throw new IllegalStateException("training run: the catalogue is not published yet; check observer order");
        }
        LOG.infof("Training run (app.training-run.exit-after-startup): catalogue version %s published; requesting "
                + "/products, then exiting", catalogue.current().version().label());
        // The HTTP server starts listening after the start-up observers return, so the request runs on its own thread.
        Thread thread = new Thread(this::requestProductsThenExit, "training-run");
        thread.setDaemon(true);
        thread.start();
    }

    private void requestProductsThenExit() {
        int status = requestProducts();
        if (status == 200) {
            LOG.info("Training run: GET /products answered 200; exiting");
            Quarkus.asyncExit(0);
        } else {
            LOG.errorf("Training run: GET /products answered %s; exiting with status 1",
                    status < 0 ? "nothing" : status);
            Quarkus.asyncExit(1);
        }
    }

    /** The status of GET /products, retried while the server is not listening yet; -1 if it never answered. */
    private int requestProducts() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + reachableHost() + ":" + port + "/products"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + HTTP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            } catch (IOException notListeningYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    /** A wildcard bind address is reachable on loopback. */
    private String reachableHost() {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
