package io.inversionpicks.catalog;

import io.inversionpicks.catalog.store.VersionInfo;
import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.CatalogueProblem;
import io.inversionpicks.catalog.load.LoadControl;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.load.LoadStoppedException;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.inversionpicks.common.Published;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Owns the published catalogue. Files are read and validated completely first; only a valid catalogue is recorded
 * in the database and swapped in as the new read model. A bad edit leaves the last good version serving.
 * <p>
 * Reloads run one at a time, and none can hold up the next for long: a reload asked for through the admin API
 * stops the one running (an editor pushing a fix must not wait behind a reload of the broken files), every reload is
 * stopped after {@code catalog.reload-timeout}, and shutdown stops the running one at once.
 */
@ApplicationScoped
public class CatalogueService implements Published.Source {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    private static final int RECORD_ATTEMPTS = 3;
    private static final Duration CONTENTS_AT_SHUTDOWN = Duration.ofSeconds(10);

    /** A load attempt that did not publish, with every problem found. */
    public record Failure(Instant at, ReloadTrigger trigger, List<CatalogueProblem> problems) {
        public Failure {
            problems = List.copyOf(problems);
        }
    }

    /** One reload attempt, whatever its outcome. */
    public record Attempt(Instant at, ReloadTrigger trigger, ReloadOutcome outcome, Duration took) {
    }

    /** A reload that is reading the files right now. */
    public record Running(Instant since, ReloadTrigger trigger) {
    }

    /**
     * What a reload did.
     *
     * @param serving   the version readers get after this reload (null only if nothing was ever published)
     * @param failure   the problems, when the outcome is {@link ReloadOutcome#REJECTED}
     * @param stoppedBy why, when the outcome is {@link ReloadOutcome#STOPPED}
     */
    public record ReloadResult(ReloadOutcome outcome, VersionInfo serving, Failure failure,
                               LoadStoppedException.Reason stoppedBy) {

        public ReloadResult(ReloadOutcome outcome, VersionInfo serving, Failure failure) {
            this(outcome, serving, failure, null);
        }

        public boolean published() {
            return outcome == ReloadOutcome.PUBLISHED;
        }
    }

    private final CatalogueConfig config;
    private final CatalogueStore store;
    private final AffiliateLinks links;
    private final Clock clock;
    private final ReloadMetrics metrics;
    private final CatalogueLoader loader;
    private final AtomicReference<ReadModel> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final AtomicReference<Failure> lastRejected = new AtomicReference<>();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();
    /** Fair, so that reloads run in the order they were asked for. */
    private final ReentrantLock reloading = new ReentrantLock(true);
    /** Admin reloads waiting for the lock: the running reload stops for them. */
    private final AtomicInteger adminWaiting = new AtomicInteger();
    private volatile Running running;
    private volatile boolean shuttingDown;
    private volatile Instant loadedAt;
    private volatile boolean startupChecked;
    /** The product rows of the first version this process published, written after it; see {@link #accept}. */
    private volatile CompletableFuture<Void> contentsWritten = CompletableFuture.completedFuture(null);
    /** Completed once the server listens: those rows are written then, not on the cores the rest of the start uses. */
    private final CompletableFuture<Void> startupOver = new CompletableFuture<>();

    public CatalogueService(CatalogueConfig config, CatalogueStore store, AffiliateLinks links, Clock clock,
                            ReloadMetrics metrics) {
        this.config = config;
        this.store = store;
        this.links = links;
        this.clock = clock;
        this.metrics = metrics;
        this.loader = new CatalogueLoader(config.limits().fileLimits());
    }

    /**
     * Takes in the products of a stored version this build reads alike, so that a reload parses only the files
     * changed since it was recorded.
     */
    void remember(CatalogueStore.Stored stored) {
        loader.remember(stored.fileHashes(), stored.catalogue().products());
    }

    /**
     * Serves a version from the database, unless one is served already (a watcher reload may have published the
     * files first): at a restart, until the files are checked, or when they are invalid.
     */
    void publishStored(CatalogueStore.Stored stored) {
        synchronized (current) {
            if (current.get() == null) {
                publish(new ReadModel(stored.version(), stored.catalogue(), links, clock.instant()));
            }
        }
    }

    /** The server listens: what a first start put off so as not to delay it is done now. */
    void startupOver() {
        startupOver.complete(null);
    }

    /** Whether shutdown has begun: a failure from now on may be the closing database's. */
    boolean shuttingDown() {
        return shuttingDown;
    }

    /**
     * The catalogue readers are served right now; never null once the application has started. Freshness is judged
     * here, on every call: once a shown price has expired the model is re-rendered before anyone is answered, so no
     * price is served even a moment past its retailer's maximum age.
     */
    public ReadModel current() {
        ReadModel model = current.get();
        if (model == null) {
            throw new IllegalStateException("no catalogue is published yet");
        }
        Instant now = clock.instant();
        return rendersNow(model, now) ? model : reRendered(now);
    }

    /** {@link #current()}, or null before the first catalogue is published. */
    @Override
    public Published published() {
        return current.get() == null ? null : current();
    }

    /** A model judged prices at one moment; it holds until its first price expires, and only for later moments. */
    private static boolean rendersNow(ReadModel model, Instant now) {
        return now.isBefore(model.validUntil()) && !now.isBefore(model.renderedAt());
    }

    /** One thread renders; the others wait for its model rather than answer from the expired one. */
    private ReadModel reRendered(Instant now) {
        synchronized (current) {
            ReadModel latest = current.get();
            if (rendersNow(latest, now)) {
                return latest;
            }
            ReadModel fresh = latest.reRenderedAt(now);
            current.set(fresh);
            return fresh;
        }
    }

    /**
     * Shows these prices from the retailers' APIs from now on, in place of the previous ones: the only prices shown
     * for a programme whose prices are api-only.
     */
    public void showApiPrices(RetailerPrices prices) {
        synchronized (current) {
            ReadModel latest = current();
            if (latest.apiPrices().equals(prices)) {
                // What every start shows from the database first: re-rendering 10,000 products for it cost a second.
                return;
            }
            current.set(latest.withApiPrices(prices, clock.instant()));
        }
    }

    /** Hides the offers whose links are broken from now on, and shows again those that recovered. */
    public void showLinkHealth(LinkHealth health) {
        synchronized (current) {
            ReadModel latest = current();
            current.set(latest.withLinkHealth(health, clock.instant()));
        }
    }

    public boolean ready() {
        return current.get() != null;
    }

    /**
     * Whether the files were read and checked since start-up by a reload that ran to its end, whatever the outcome.
     * Until then a restart serves the version stored before it; see {@link CatalogueStartup}.
     */
    public boolean startupChecked() {
        return startupChecked;
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

    /** The reload reading the files right now, if any. */
    public Optional<Running> running() {
        return Optional.ofNullable(running);
    }

    /** When this process started serving the current version (its publishedAt may be older: from the database). */
    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(loadedAt);
    }

    public CatalogueConfig config() {
        return config;
    }

    public ReloadResult reload() {
        return reload(ReloadTrigger.MANUAL);
    }

    /**
     * Reads and validates the whole folder, then publishes only a fully valid catalogue by swapping one reference:
     * a reader holds either the old read model or the new one, never a mix. Waits for a reload that is running,
     * unless this is an admin reload, which stops it.
     */
    public ReloadResult reload(ReloadTrigger trigger) {
        boolean stopsTheRunningOne = trigger == ReloadTrigger.ADMIN;
        if (stopsTheRunningOne) {
            adminWaiting.incrementAndGet();
        }
        reloading.lock();
        try {
            if (stopsTheRunningOne) {
                adminWaiting.decrementAndGet();
            }
            return reloadNow(trigger);
        } finally {
            running = null;
            reloading.unlock();
        }
    }

    private ReloadResult reloadNow(ReloadTrigger trigger) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        running = new Running(now, trigger);
        ReloadResult result;
        try {
            LoadResult loaded = loader.load(config.path(), now, control(trigger, started));
            long readMillis = (System.nanoTime() - started) / 1_000_000;
            result = loaded instanceof LoadResult.Invalid invalid ? reject(invalid, now, trigger)
                    : accept((LoadResult.Loaded) loaded, now, trigger, readMillis);
        } catch (LoadStoppedException e) {
            result = e.reason() == LoadStoppedException.Reason.TIMED_OUT
                    ? reject(new LoadResult.Invalid(List.of(timedOut(e))), now, trigger) : stopped(e, trigger, started);
        }
        if (result.outcome() != ReloadOutcome.STOPPED) {
            startupChecked = true; // whatever started it, the files were read and judged
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        lastAttempt.set(new Attempt(now, trigger, result.outcome(), took));
        metrics.attempted(result.outcome(), took);
        return result;
    }

    /** Asked by the loader before each file and every 1,024 characters it parses. */
    private LoadControl control(ReloadTrigger trigger, long started) {
        long timeoutNanos = config.reloadTimeout().toNanos();
        // A first start's load is not stopped for an admin reload: the service has nothing to serve until it is done.
        // A restart's check of the files is, like any reload: the stored version is served meanwhile.
        boolean stoppable = trigger != ReloadTrigger.STARTUP || current.get() != null;
        return () -> {
            if (shuttingDown) {
                throw new LoadStoppedException(LoadStoppedException.Reason.SHUTTING_DOWN, "the service is shutting down");
            }
            if (stoppable && adminWaiting.get() > 0) {
                throw new LoadStoppedException(LoadStoppedException.Reason.SUPERSEDED,
                        "a reload asked for through the admin API replaces it");
            }
            if (System.nanoTime() - started > timeoutNanos) {
                throw new LoadStoppedException(LoadStoppedException.Reason.TIMED_OUT,
                        "it took longer than " + timeout());
            }
        };
    }

    private CatalogueProblem timedOut(LoadStoppedException e) {
        String where = e.file() != null ? " and was stopped while reading this file" : "";
        return CatalogueProblem.wholeFile(e.file() != null ? e.file() : config.path().toString(),
                "reading the catalogue took longer than " + timeout() + " (catalog.reload-timeout)"
                        + where + "; nothing was published. Check the file; for a very large catalogue on a slow "
                        + "machine, raise the timeout");
    }

    /** The timeout as an operator writes it: 5m, 90s. */
    private String timeout() {
        Duration timeout = config.reloadTimeout();
        return timeout.toSecondsPart() == 0 && timeout.toMinutes() > 0 ? timeout.toMinutes() + "m"
                : timeout.toMillisPart() == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }

    private ReloadResult stopped(LoadStoppedException e, ReloadTrigger trigger, long started) {
        LOG.infof("Catalogue reload (%s) stopped after %d ms%s: %s; still serving %s", trigger.slug(),
                (System.nanoTime() - started) / 1_000_000, e.file() == null ? "" : " while reading " + e.file(),
                e.getMessage(), ready() ? current().version().label() : "nothing");
        return new ReloadResult(ReloadOutcome.STOPPED, ready() ? current().version() : null, null, e.reason());
    }

    /**
     * Stops a reload that is running, and any still waiting, so that shutdown is not held up by one. Rows being
     * written after a first start are given a moment to finish, so a stop soon after a start does not leave the next
     * start to write them all again; rows not begun yet (the server never listened) are left to the next start.
     */
    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
        startupOver.completeExceptionally(new CancellationException("the service is shutting down"));
        try {
            contentsWritten.get(CONTENTS_AT_SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.infof("Stopping without waiting longer for the product rows of the first version; the next start "
                    + "writes them");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // logged where it failed
        }
    }

    /** Whatever became of them: a failure is logged where it happened, and the next record writes what is missing. */
    private void awaitContents() {
        if (!contentsWritten.isDone()) {
            startupOver.complete(null); // a reload before the server listens writes them now
        }
        contentsWritten.handle((done, failed) -> null).join();
    }

    private ReloadResult reject(LoadResult.Invalid invalid, Instant now, ReloadTrigger trigger) {
        Failure failure = new Failure(now, trigger, invalid.problems());
        lastFailure.set(failure);
        lastRejected.set(failure);
        if (trigger == ReloadTrigger.STARTUP) {
            // Start-up lists the problems once, saying what it does instead (see CatalogueStartup).
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
        // The previous version's rows first, whatever the outcome: a caller may record or read rows next, and
        // recording this version relies on knowing which are stored.
        awaitContents();
        // A version served from the database after a broken start counts as new once the files are fixed.
        if (sameAsServing && "files".equals(model.version().source())) {
            return new ReloadResult(ReloadOutcome.UNCHANGED, model.version(), null);
        }
        long started = System.nanoTime();
        // The rendering does not depend on the version's record, so it is built on another thread while the version
        // is written (mostly one thread inside the database); it is published only once the version is recorded.
        CompletableFuture<ReadModel> rendering = CompletableFuture.supplyAsync(() -> model == null
                ? new ReadModel(null, loaded.catalogue(), links, now) : model.next(null, loaded.catalogue(), now));
        CatalogueStore.Recorded recorded = withRetry(() -> store.recordVersion(loaded, now, config.keepVersions()));
        VersionInfo version = recorded.version();
        long recordedAt = System.nanoTime();
        publish(rendered(rendering).as(version));
        LOG.infof("Published catalogue version %s (%s) with %d products from %s; changed: %s (files read and "
                        + "checked in %d ms, recorded in %d ms, then waited %d ms for the read model)",
                version.label(), trigger.slug(), version.productCount(), config.path(),
                summary(version.changedFiles()), readMillis, (recordedAt - started) / 1_000_000,
                (System.nanoTime() - recordedAt) / 1_000_000);
        if (model == null) {
            // Nothing was served before: readers get the catalogue now, not after thousands of rows they never read
            // (the version's snapshot holds every product). Later reloads write the few changed rows before returning.
            contentsWritten = startupOver.thenRunAsync(() -> storeContents(recorded), CatalogueService::inBackground);
        } else {
            storeContents(recorded);
        }
        return new ReloadResult(ReloadOutcome.PUBLISHED, version, null);
    }

    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "catalogue-contents");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Never fails the reload: the version is published and its snapshot holds every product. Rows left unwritten are
     * written by the next version recorded, or by the check of the files at the next start.
     */
    private void storeContents(CatalogueStore.Recorded recorded) {
        if (recorded.contentsToStore().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            withRetry(() -> {
                store.storeContents(recorded);
                return null;
            });
            LOG.infof("Stored the product rows of catalogue version %s (%s new) in %s ms", recorded.version().label(),
                    (Object) recorded.contentsToStore().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            if (shuttingDown) {
                LOG.infof("Storing the product rows of catalogue version %s ended with the shutdown (%s); the next "
                        + "start writes them", recorded.version().label(), e.toString());
                return;
            }
            LOG.warnf(e, "Storing the product rows of catalogue version %s failed; it is served from its snapshot, "
                    + "and the next version recorded writes them", recorded.version().label());
        }
    }

    private static ReadModel rendered(CompletableFuture<ReadModel> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Instances sharing one PostgreSQL database may record the same new product at the same moment; the loser of
     * that race gets a key violation and, trying again, finds the product stored.
     */
    private static <T> T withRetry(java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (PersistenceException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    throw e;
                }
                LOG.infof("Writing the catalogue version raced with another instance (%s); trying again",
                        rootCause(e).getMessage());
            }
        }
    }

    /** The database's own words: a failed JDBC batch says only "error executing work" or "batch entry 0 aborted". */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return cause;
    }

    private void publish(ReadModel model) {
        synchronized (current) {
            // Prices from the APIs that arrived while the new version was being built stay shown.
            ReadModel latest = current.get();
            boolean newerPrices = latest != null && latest.apiPrices() != model.apiPrices();
            ReadModel priced = newerPrices ? model.withApiPrices(latest.apiPrices(), clock.instant()) : model;
            // So does the link checker's word on which offers are broken.
            boolean newerHealth = latest != null && latest.linkHealth() != priced.linkHealth();
            current.set(newerHealth ? priced.withLinkHealth(latest.linkHealth(), clock.instant()) : priced);
        }
        loadedAt = clock.instant();
        metrics.serving(model.version());
    }

    private static String summary(List<String> files) {
        return files.size() <= 5 ? String.join(", ", files) : files.size() + " files";
    }
}
