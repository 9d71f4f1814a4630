package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.load.ValidateCatalogue;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.DomainSocketServerStart;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The first publication in a process.
 * <ul>
 *   <li>A first start (nothing stored, or stored by a build that reads files differently) reads and checks every
 *       file before anything is served; invalid files then mean the stored version, or no start at all.</li>
 *   <li>A restart serves the last published version at once, the one readers got before it, and checks the files as
 *       a reload would once the server listens: an edit made while the service was down goes live a moment later, a
 *       bad one never. Readiness stays down until the check is done ({@link CatalogueService#startupChecked()}), so
 *       an orchestrator sends no traffic to an instance whose files are unchecked; a lone instance answers from the
 *       stored version rather than not at all ({@code catalog.serve-stored-at-restart}, on by default).</li>
 * </ul>
 */
@ApplicationScoped
class CatalogueStartup {

    private static final Logger LOG = Logger.getLogger(CatalogueStartup.class);

    private final CatalogueService catalogue;
    private final CatalogueStore store;
    /** The version a restart serves until the server listens and its files are checked; guarded by this. */
    private CatalogueStore.Stored storedUntilChecked;
    /** Whether the server has announced that it listens; guarded by this. */
    private boolean listening;

    CatalogueStartup(CatalogueService catalogue, CatalogueStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<CatalogueStore.Stored> stored = store.latest();
        Optional<CatalogueStore.Stored> readAlike = stored.filter(CatalogueStore.Stored::readByThisBuild);
        // Products recorded from files that are still the same need not be parsed again: a restart of a large
        // catalogue only reads and hashes its files, then parses those changed since the last recorded version.
        readAlike.ifPresent(catalogue::remember);
        if (readAlike.isPresent() && catalogue.config().serveStoredAtRestart() && serveWhileChecking(readAlike.get())) {
            return;
        }
        CatalogueService.ReloadResult result = catalogue.reload(ReloadTrigger.STARTUP);
        if (result.outcome() == ReloadOutcome.STOPPED && !catalogue.ready()) {
            throw new IllegalStateException("catalogue start-up load stopped: " + result.stoppedBy());
        }
        if (catalogue.ready()) {
            return; // published now, or already by a watcher reload that ran first
        }
        if (stored.isEmpty()) {
            LoadResult.Invalid invalid = new LoadResult.Invalid(result.failure().problems());
            LOG.errorf("!!! NOT STARTING: the catalogue in %s is invalid and no earlier version is stored to serve "
                            + "instead. Fix these %d problem(s), then start the service again:%n%s"
                            + "To check the files without starting the service, run:%n  %s", path(),
                    invalid.problems().size(), invalid.report(), ValidateCatalogue.command(catalogue.config().path()));
            throw new InvalidCatalogueException(path());
        }
        warnServingStored(stored.get(), result.failure());
        catalogue.publishStored(stored.get());
    }

    /** @return false when the stored version cannot be served, and the files must be read first after all */
    private boolean serveWhileChecking(CatalogueStore.Stored stored) {
        try {
            catalogue.publishStored(stored);
        } catch (RuntimeException unservable) {
            LOG.warnf(unservable, "Stored catalogue version %s cannot be served; reading the files in %s first",
                    stored.version().label(), path());
            return false;
        }
        LOG.infof("Serving stored catalogue version %s (%d products) while the files in %s are checked; ready once "
                + "they are", stored.version().label(), stored.version().productCount(), path());
        boolean checkNow;
        synchronized (this) {
            checkNow = listening; // the server announces itself after the start-up observers; this is a safeguard
            storedUntilChecked = checkNow ? null : stored;
        }
        if (checkNow) {
            checkOnItsOwnThread(stored);
        }
        return true;
    }

    /*
     * The check starts once the server listens: started from the start-up observer, it took the two cores from the
     * rest of the start and delayed the first answer by about as much as it saved. Each kind of listener counts; only
     * the first to announce itself starts the check.
     */
    void onHttpStart(@ObservesAsync HttpServerStart started) {
        onListening();
    }

    void onHttpsStart(@ObservesAsync HttpsServerStart started) {
        onListening();
    }

    void onDomainSocketStart(@ObservesAsync DomainSocketServerStart started) {
        onListening();
    }

    private void onListening() {
        catalogue.startupOver();
        CatalogueStore.Stored stored;
        synchronized (this) {
            listening = true;
            stored = storedUntilChecked;
            storedUntilChecked = null;
        }
        if (stored != null) {
            checkOnItsOwnThread(stored);
        }
    }

    /** Not on the event's thread: the other observers of the server's start would wait for the whole check. */
    private void checkOnItsOwnThread(CatalogueStore.Stored stored) {
        Thread check = new Thread(() -> check(stored), "catalogue-startup-check");
        check.setDaemon(true);
        check.start();
    }

    private void check(CatalogueStore.Stored stored) {
        try {
            CatalogueService.ReloadResult result = catalogue.reload(ReloadTrigger.STARTUP);
            if (result.outcome() == ReloadOutcome.REJECTED) {
                warnServingStored(stored, result.failure());
            }
        } catch (RuntimeException | Error e) {
            if (catalogue.shuttingDown()) {
                LOG.infof("The start-up check of the catalogue files ended with the shutdown: %s", e.toString());
                return;
            }
            // What would have failed the start had the files been read before serving: the service stops the same way.
            LOG.errorf(e, "!!! STOPPING: checking the catalogue files at start-up failed");
            Quarkus.asyncExit(1);
        }
    }

    private void warnServingStored(CatalogueStore.Stored stored, CatalogueService.Failure failure) {
        LoadResult.Invalid invalid = new LoadResult.Invalid(failure.problems());
        LOG.errorf("!!! SERVING STORED CATALOGUE VERSION %s (%s) BECAUSE THE FILES IN %s ARE INVALID; fix them:%n%s",
                stored.version().label(), stored.version().publishedAt(), path(), invalid.report());
    }

    private String path() {
        return catalogue.config().path().toString();
    }
}
