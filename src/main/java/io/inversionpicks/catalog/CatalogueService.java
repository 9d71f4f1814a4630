package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.CatalogueProblem;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.load.ValidateCatalogue;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
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
    private static final int RECORD_ATTEMPTS = 3;

    /** A load attempt that did not publish, with every problem found. */
    public record Failure(Instant at, ReloadTrigger trigger, List<CatalogueProblem> problems) {
        public Failure {
            problems = List.copyOf(problems);
        }
    }

    /** One reload attempt, whatever its outcome. */
    public record Attempt(Instant at, ReloadTrigger trigger, ReloadOutcome outcome, Duration took) {
    }

    /**
     * What a reload did.
     *
     * @param serving the version readers get after this reload (null only if nothing was ever published)
     * @param failure the problems, when the outcome is {@link ReloadOutcome#REJECTED}
     */
    public record ReloadResult(ReloadOutcome outcome, VersionInfo serving, Failure failure) {

        public boolean published() {
            return outcome == ReloadOutcome.PUBLISHED;
        }
    }

    private final CatalogConfig config;
    private final CatalogueStore store;
    private final AffiliateLinks links;
    private final Clock clock;
    private final ReloadMetrics metrics;
    private final CatalogueLoader loader = new CatalogueLoader();
    private final AtomicReference<ReadModel> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final AtomicReference<Failure> lastRejected = new AtomicReference<>();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();
    private volatile Instant loadedAt;

    public CatalogueService(CatalogConfig config, CatalogueStore store, AffiliateLinks links, Clock clock,
                            ReloadMetrics metrics) {
        this.config = config;
        this.store = store;
        this.links = links;
        this.clock = clock;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<CatalogueStore.Stored> stored = store.latest();
        // Products recorded from files that are still the same need not be parsed again: a restart of a large
        // catalogue only reads and hashes its files, then parses those changed since the last recorded version.
        stored.filter(CatalogueStore.Stored::readByThisBuild).ifPresent(s ->
                loader.remember(s.fileHashes(), s.catalogue().products()));
        ReloadResult result = reload(ReloadTrigger.STARTUP);
        if (ready()) {
            return; // published now, or already by a watcher reload that ran first
        }
        LoadResult.Invalid invalid = new LoadResult.Invalid(result.failure().problems());
        if (stored.isEmpty()) {
            LOG.errorf("!!! NOT STARTING: the catalogue in %s is invalid and no earlier version is stored to serve "
                            + "instead. Fix these %d problem(s), then start the service again:%n%s"
                            + "To check the files without starting the service, run:%n  %s", config.path(),
                    invalid.problems().size(), invalid.report(), ValidateCatalogue.command(config.path()));
            throw new InvalidCatalogueException(config.path().toString());
        }
        LOG.errorf("!!! SERVING STORED CATALOGUE VERSION %s (%s) BECAUSE THE FILES IN %s ARE INVALID; fix them:%n%s",
                stored.get().version().label(), stored.get().version().publishedAt(), config.path(), invalid.report());
        publish(new ReadModel(stored.get().version(), stored.get().catalogue(), links, clock.instant()));
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

    /** The rejection of the files now on disk; empty once a later load succeeded. */
    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** The most recent rejected load since start, even if the files were fixed afterwards. */
    public Optional<Failure> lastRejected() {
        return Optional.ofNullable(lastRejected.get());
    }

    public Optional<Attempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt.get());
    }

    /** When this process started serving the current version (its publishedAt may be older: from the database). */
    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(loadedAt);
    }

    public CatalogConfig config() {
        return config;
    }

    public ReloadResult reload() {
        return reload(ReloadTrigger.MANUAL);
    }

    /**
     * Reads and validates the whole folder, then publishes only a fully valid catalogue by swapping one reference:
     * a reader holds either the old read model or the new one, never a mix.
     */
    public synchronized ReloadResult reload(ReloadTrigger trigger) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LoadResult loaded = loader.load(config.path(), now);
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        ReloadResult result = loaded instanceof LoadResult.Invalid invalid ? reject(invalid, now, trigger)
                : accept((LoadResult.Loaded) loaded, now, trigger, readMillis);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        lastAttempt.set(new Attempt(now, trigger, result.outcome(), took));
        metrics.attempted(result.outcome(), took);
        return result;
    }

    private ReloadResult reject(LoadResult.Invalid invalid, Instant now, ReloadTrigger trigger) {
        Failure failure = new Failure(now, trigger, invalid.problems());
        lastFailure.set(failure);
        lastRejected.set(failure);
        if (trigger == ReloadTrigger.STARTUP) {
            // Start-up lists the problems once, saying what it does instead (see onStart).
            return new ReloadResult(ReloadOutcome.REJECTED, ready() ? current().version() : null, failure);
        }
        LOG.errorf("Catalogue in %s rejected (%s) with %d problem(s); still serving %s:%n%s", config.path(),
                trigger.slug(), invalid.problems().size(), ready() ? current().version().label() : "nothing",
                invalid.report());
        return new ReloadResult(ReloadOutcome.REJECTED, ready() ? current().version() : null, failure);
    }

    private ReloadResult accept(LoadResult.Loaded loaded, Instant now, ReloadTrigger trigger, long readMillis) {
        lastFailure.set(null);
        ReadModel model = current.get();
        boolean sameAsServing = model != null && model.version().contentHash().equals(loaded.contentHash());
        // A version served from the database after a broken start counts as new once the files are fixed.
        if (sameAsServing && "files".equals(model.version().source())) {
            return new ReloadResult(ReloadOutcome.UNCHANGED, model.version(), null);
        }
        long started = System.nanoTime();
        VersionInfo version = recordWithRetry(loaded, now);
        long recorded = System.nanoTime();
        publish(model == null ? new ReadModel(version, loaded.catalogue(), links, now)
                : model.next(version, loaded.catalogue(), now));
        LOG.infof("Published catalogue version %s (%s) with %d products from %s; changed: %s (files read and "
                        + "checked in %d ms, recorded in %d ms, read model built in %d ms)", version.label(),
                trigger.slug(), version.productCount(), config.path(), summary(version.changedFiles()), readMillis,
                (recorded - started) / 1_000_000, (System.nanoTime() - recorded) / 1_000_000);
        return new ReloadResult(ReloadOutcome.PUBLISHED, version, null);
    }

    /**
     * Instances sharing one PostgreSQL database may record the same new product at the same moment; the loser of
     * that race gets a key violation and, trying again, finds the product stored.
     */
    private VersionInfo recordWithRetry(LoadResult.Loaded loaded, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.record(loaded, now, config.keepVersions());
            } catch (PersistenceException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    throw e;
                }
                LOG.infof("Recording catalogue version raced with another instance (%s); trying again", e.getMessage());
            }
        }
    }

    private void publish(ReadModel model) {
        current.set(model);
        loadedAt = clock.instant();
        metrics.serving(model.version());
    }

    private static String summary(List<String> files) {
        return files.size() <= 5 ? String.join(", ", files) : files.size() + " files";
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
