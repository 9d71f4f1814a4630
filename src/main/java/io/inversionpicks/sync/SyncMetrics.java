package io.inversionpicks.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Retailer-data metrics for dashboards and alerts: {@code retailer_sync_offers_total{source,outcome}} (updated,
 * unchanged, failed, unmatched), {@code retailer_sync_errors_total{source}} and
 * {@code retailer_data_oldest_shown_age_seconds}, the age of the oldest fetched price readers see (alert well
 * before 86400: at 24 hours Amazon prices disappear).
 */
@ApplicationScoped
public class SyncMetrics {

    private final MeterRegistry registry;
    private final AtomicReference<Instant> oldestShown = new AtomicReference<>();

    public SyncMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        Gauge.builder("retailer.data.oldest.shown.age.seconds", oldestShown,
                        oldest -> oldest.get() == null ? 0 : Duration.between(oldest.get(), clock.instant()).toSeconds())
                .description("Age of the oldest fetched retailer price readers see; 0 when they see none")
                .strongReference(true).register(registry);
    }

    void ran(SourceReport report) {
        count(report.source(), "updated", report.updated());
        count(report.source(), "unchanged", report.unchanged());
        count(report.source(), "failed", report.failed());
        count(report.source(), "unmatched", report.unmatched());
        Counter.builder("retailer.sync.errors").tag("source", report.source())
                .description("Problems reported by retailer-data sources").register(registry)
                .increment(report.errors().size());
    }

    void showing(Instant oldest) {
        oldestShown.set(oldest);
    }

    private void count(String source, String outcome, int offers) {
        Counter.builder("retailer.sync.offers").tag("source", source).tag("outcome", outcome)
                .description("Offers per sync run and outcome").register(registry).increment(offers);
    }
}
