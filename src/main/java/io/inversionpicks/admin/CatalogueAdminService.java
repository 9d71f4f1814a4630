package io.inversionpicks.admin;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReloadOutcome;
import io.inversionpicks.catalog.ReloadTrigger;
import io.inversionpicks.catalog.load.LoadStoppedException;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.inversionpicks.catalog.watch.CatalogueWatcher;
import io.inversionpicks.common.Problem;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/** The catalogue as editors and operators see it: status, history, and forced reloads. */
@ApplicationScoped
public class CatalogueAdminService {

    static final int HISTORY = 10;

    private final CatalogueService catalogue;
    private final CatalogueStore store;
    private final CatalogueWatcher watcher;

    public CatalogueAdminService(CatalogueService catalogue, CatalogueStore store, CatalogueWatcher watcher) {
        this.catalogue = catalogue;
        this.store = store;
        this.watcher = watcher;
    }

    public CatalogueStatus status() {
        var model = catalogue.current();
        var watch = new CatalogueStatus.WatchStatus(watcher.mode().name().toLowerCase(Locale.ROOT),
                List.copyOf(watcher.active()));
        var attempt = catalogue.lastAttempt().map(a -> new CatalogueStatus.Attempt(a.at(), a.trigger(),
                a.outcome(), a.took().toMillis())).orElse(null);
        var reloading = catalogue.running().map(r -> new CatalogueStatus.Reloading(r.since(), r.trigger()))
                .orElse(null);
        var rejected = catalogue.lastRejected().map(f -> new CatalogueStatus.RejectedLoad(f.at(), f.trigger(),
                f.problems().size(), CatalogueErrors.of(f.problems()))).orElse(null);
        var history = store.history(HISTORY).stream().map(CatalogueStatus.VersionSummary::of).toList();
        return new CatalogueStatus(catalogue.config().path().toAbsolutePath().toString(), watch, model.version(),
                catalogue.loadedAt().orElse(null), catalogue.lastFailure().isEmpty(), attempt, reloading, rejected, history);
    }

    /** Reloads now; invalid files give a 422 listing every problem, and the current version keeps serving. */
    public ReloadReport reload() {
        long started = System.nanoTime();
        CatalogueService.ReloadResult result = catalogue.reload(ReloadTrigger.ADMIN);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        if (result.outcome() == ReloadOutcome.REJECTED) {
            int count = result.failure().problems().size();
            String detail = count + " problem(s) in the catalogue files; nothing was published, still serving "
                    + (result.serving() == null ? "nothing" : "version " + result.serving().label());
            throw new ProblemException(Problem.of(ProblemType.INVALID_CATALOGUE, detail,
                    CatalogueErrors.of(result.failure().problems())));
        }
        if (result.outcome() == ReloadOutcome.STOPPED) {
            String serving = result.serving() == null ? "nothing" : "version " + result.serving().label();
            throw new ProblemException(result.stoppedBy() == LoadStoppedException.Reason.SUPERSEDED
                    ? Problem.of(ProblemType.RELOAD_STOPPED, "A newer reload request replaced this one before it "
                    + "finished; its response, and GET /admin/catalog, tell the outcome. Still serving " + serving,
                    List.of())
                    : Problem.of(ProblemType.UNAVAILABLE, "The service is shutting down; the reload was stopped. "
                    + "Still serving " + serving, List.of()));
        }
        return new ReloadReport(result.outcome(), result.serving(), tookMs);
    }
}
