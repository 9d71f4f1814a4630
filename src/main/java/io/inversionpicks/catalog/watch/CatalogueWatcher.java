package io.inversionpicks.catalog.watch;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.load.CatalogueFileKind;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;

/**
 * Reloads the catalogue when its folder changes. Starts before the first load (lower priority number than
 * {@code CatalogueStartup}'s), so that no edit made during start-up can go unnoticed.
 */
@ApplicationScoped
public class CatalogueWatcher {

    private static final Logger LOG = Logger.getLogger(CatalogueWatcher.class);

    private final CatalogueService catalogue;
    private final CatalogueWatchConfig config;
    private FolderWatch watch;
    private Set<String> active = Set.of();

    public CatalogueWatcher(CatalogueService catalogue, CatalogueWatchConfig config) {
        this.catalogue = catalogue;
        this.config = config;
    }

    synchronized void start(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (config.mode() == WatchMode.OFF) {
            LOG.info("Catalogue watching is off (catalog.watch.mode=off); reload with POST /admin/catalog/reload");
            return;
        }
        watch = new FolderWatch(catalogue.config().path(), List.of(CatalogueFileKind.PRODUCTS_FOLDER), config.mode(),
                config.debounce(), config.pollInterval(), catalogue::reload);
        active = watch.start();
        LOG.infof("Watching catalogue folder %s (mode %s: %s; debounce %s, poll every %s)",
                catalogue.config().path().toAbsolutePath(), config.mode().name().toLowerCase(java.util.Locale.ROOT),
                String.join(" + ", active), config.debounce(), config.pollInterval());
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /** How changes are noticed right now: "events", "poll", both, or none (mode off). */
    public synchronized Set<String> active() {
        return active;
    }

    public WatchMode mode() {
        return config.mode();
    }
}
