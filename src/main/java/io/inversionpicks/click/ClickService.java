package io.inversionpicks.click;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.RedirectTargets.Target;
import io.inversionpicks.click.store.ClickRecord;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decides where {@code /go/...} redirects and records the click. The click is committed before this returns a
 * redirect, so a reader who reached the retailer is always in the statistics, even if the process dies right after.
 */
@ApplicationScoped
public class ClickService {

    private final RedirectTargets targets;
    private final AgentClassifier agents;
    private final ClickWriter writer;
    private final ClickMetrics metrics;
    private final ClickConfig config;
    private final Clock clock;

    public ClickService(RedirectTargets targets, AgentClassifier agents, ClickWriter writer, ClickMetrics metrics,
                        ClickConfig config, Clock clock) {
        this.targets = targets;
        this.agents = agents;
        this.writer = writer;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /** Completes with the redirect only once the click is committed; fails with ClickNotStoredException if not. */
    public CompletionStage<GoOutcome> go(Visit visit) {
        Optional<Target> found = targets.find(visit.productId(), visit.retailer());
        if (found.isEmpty()) {
            return CompletableFuture.completedStage(new GoOutcome.NotFound(
                    targets.whyMissing(visit.productId(), visit.retailer())));
        }
        Target target = found.get();
        Optional<SkipReason> skip = visit.head() ? Optional.of(SkipReason.HEAD)
                : visit.prefetch() ? Optional.of(SkipReason.PREFETCH) : Optional.empty();
        AgentClass agent = skip.isPresent() ? null : agents.classify(visit.userAgent());
        if (agent == AgentClass.PREVIEW) {
            skip = Optional.of(SkipReason.PREVIEW);
        }
        if (skip.isPresent()) {
            metrics.skipped(skip.get());
            return CompletableFuture.completedStage(new GoOutcome.Redirect(target.url(), false));
        }
        // The retailer the reader is sent to: another one when the link checker hid the offer asked for.
        ClickRecord click = new ClickRecord(clock.instant(), visit.productId(), target.retailer(),
                target.catalogueVersion(), Placement.fromSlug(visit.placement()),
                SourcePost.of(visit.post(), visit.referer(), config.sourcePostMaxLength()).orElse(null),
                agent == AgentClass.BOT);
        return writer.write(click).thenApply(committed -> {
            metrics.counted(click);
            return new GoOutcome.Redirect(target.url(), true);
        });
    }

    /**
     * A click on a direct link, reported by {@code <a ping>} or a beacon. Only pairs the live catalogue links
     * directly are stored: a tracked retailer's clicks are counted by {@code /go}, so a report for one would count a
     * click twice or count one that never happened. Completes once the click is committed.
     */
    public CompletionStage<ReportOutcome> report(ClickReport report) {
        Optional<Target> found = targets.find(report.productId(), report.retailer());
        if (found.isEmpty()) {
            return CompletableFuture.completedStage(new ReportOutcome.NotFound(
                    targets.whyMissing(report.productId(), report.retailer())));
        }
        Target target = found.get();
        if (!target.direct()) {
            return CompletableFuture.completedStage(new ReportOutcome.NotFound("Links to '" + report.retailer()
                    + "' go through /go/" + report.productId() + "/" + report.retailer()
                    + ", which counts their clicks; there is nothing to report here"));
        }
        if (report.pingTo() != null && !sameHost(report.pingTo(), target.url())) {
            return CompletableFuture.completedStage(new ReportOutcome.WrongDestination(
                    "Ping-To must name the offer's page at " + URI.create(target.url()).getHost()));
        }
        AgentClass agent = agents.classify(report.userAgent());
        if (agent == AgentClass.PREVIEW) {
            metrics.skipped(SkipReason.PREVIEW);
            return CompletableFuture.completedStage(new ReportOutcome.Accepted(false));
        }
        // Ping-From is the page the link was on, as a Referer would be; an explicit post= wins, as at /go.
        String page = report.pingFrom() != null ? report.pingFrom() : report.referer();
        ClickRecord click = new ClickRecord(clock.instant(), report.productId(), report.retailer(),
                target.catalogueVersion(), Placement.fromSlug(report.placement()),
                SourcePost.of(report.post(), page, config.sourcePostMaxLength()).orElse(null),
                agent == AgentClass.BOT, report.channel(), report.clickId());
        return writer.write(click).thenApply(committed -> {
            metrics.counted(click);
            return new ReportOutcome.Accepted(true);
        });
    }

    private static boolean sameHost(String reported, String target) {
        try {
            String host = new URI(reported.trim()).getHost();
            return host != null && host.equalsIgnoreCase(URI.create(target).getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
