package io.inversionpicks.click;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.RedirectTargets.Target;
import io.inversionpicks.click.store.ClickRecord;
import io.inversionpicks.click.store.ClickStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Optional;

/**
 * Decides where {@code /go/...} redirects and records the click. The click is committed before this returns a
 * redirect, so a reader who reached the retailer is always in the statistics, even if the process dies right after.
 */
@ApplicationScoped
public class ClickService {

    private final RedirectTargets targets;
    private final AgentClassifier agents;
    private final ClickStore store;
    private final ClickMetrics metrics;
    private final ClickConfig config;
    private final Clock clock;

    public ClickService(RedirectTargets targets, AgentClassifier agents, ClickStore store, ClickMetrics metrics,
                        ClickConfig config, Clock clock) {
        this.targets = targets;
        this.agents = agents;
        this.store = store;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    public GoOutcome go(Visit visit) {
        Optional<Target> found = targets.find(visit.productId(), visit.retailer());
        if (found.isEmpty()) {
            return new GoOutcome.NotFound(targets.whyMissing(visit.productId(), visit.retailer()));
        }
        Target target = found.get();
        AgentClass agent = visit.head() || visit.prefetch() ? null : agents.classify(visit.userAgent());
        Optional<SkipReason> skip = visit.head() ? Optional.of(SkipReason.HEAD)
                : visit.prefetch() ? Optional.of(SkipReason.PREFETCH)
                : agent == AgentClass.PREVIEW ? Optional.of(SkipReason.PREVIEW) : Optional.empty();
        if (skip.isPresent()) {
            metrics.skipped(skip.get());
            return new GoOutcome.Redirect(target.url(), false);
        }
        ClickRecord click = new ClickRecord(clock.instant(), visit.productId(), visit.retailer(),
                target.catalogueVersion(), Placement.fromSlug(visit.placement()),
                SourcePost.of(visit.post(), visit.referer(), config.sourcePostMaxLength()).orElse(null),
                agent == AgentClass.BOT);
        store.record(click);
        metrics.counted(click);
        return new GoOutcome.Redirect(target.url(), true);
    }
}
