package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.CatalogueProblem;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Owns the published catalogue. Files are read and validated completely first; only a valid catalogue is recorded
 * in the database and swapped in as the new read model. A bad edit leaves the last good version serving.
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);

    /** The outcome of a load attempt that did not publish. */
    public record Failure(Instant at, List<CatalogueProblem> problems) {
    }

    /** What a reload did: published a version, or rejected the files and kept serving the current one. */
    public record ReloadResult(VersionInfo serving, boolean published, Failure failure) {
    }

    private final CatalogConfig config;
    private final CatalogueStore store;
    private final AffiliateLinks links;
    private final Clock clock;
    private final CatalogueLoader loader = new CatalogueLoader();
    private final AtomicReference<ReadModel> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    public CatalogueService(CatalogConfig config, CatalogueStore store, AffiliateLinks links, Clock clock) {
        this.config = config;
        this.store = store;
        this.links = links;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        ReloadResult result = reload();
        if (result.published()) {
            return;
        }
        LoadResult.Invalid invalid = new LoadResult.Invalid(result.failure().problems());
        Optional<CatalogueStore.Stored> stored = store.latest();
        if (stored.isEmpty()) {
            throw new InvalidCatalogueException(config.path().toString(), invalid);
        }
        LOG.errorf("!!! SERVING STORED CATALOGUE VERSION %s (%s) BECAUSE THE FILES IN %s ARE INVALID; fix them:%n%s",
                stored.get().version().label(), stored.get().version().publishedAt(), config.path(), invalid.report());
        current.set(new ReadModel(stored.get().version(), stored.get().catalogue(), links, clock.instant()));
    }

    /** The catalogue readers are served right now; never null once the application has started. */
    public ReadModel current() {
        ReadModel model = current.get();
        if (model == null) {
            throw new IllegalStateException("no catalogue is published yet");
        }
        return model;
    }

    public boolean ready() {
        return current.get() != null;
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** Reads and validates the folder; publishes only a fully valid catalogue. */
    public synchronized ReloadResult reload() {
        Instant now = clock.instant();
        LoadResult result = loader.load(config.path(), now);
        if (result instanceof LoadResult.Invalid invalid) {
            Failure failure = new Failure(now, invalid.problems());
            lastFailure.set(failure);
            LOG.errorf("Catalogue in %s rejected with %d problem(s); still serving %s:%n%s", config.path(),
                    invalid.problems().size(), ready() ? current().version().label() : "nothing", invalid.report());
            return new ReloadResult(ready() ? current().version() : null, false, failure);
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        ReadModel model = current.get();
        if (model != null && model.version().contentHash().equals(loaded.contentHash())) {
            lastFailure.set(null);
            return new ReloadResult(model.version(), false, null);
        }
        VersionInfo version = store.record(loaded, now, config.keepVersions());
        current.set(new ReadModel(version, loaded.catalogue(), links, now));
        lastFailure.set(null);
        LOG.infof("Published catalogue version %s with %d products from %s", version.label(),
                version.productCount(), config.path());
        return new ReloadResult(version, true, null);
    }

    /** Hides prices that have just passed their retailer's maximum age. */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshPriceFreshness() {
        ReadModel model = current.get();
        Instant now = clock.instant();
        if (model != null && !now.isBefore(model.validUntil())) {
            current.compareAndSet(model, model.reRenderedAt(now));
        }
    }
}
