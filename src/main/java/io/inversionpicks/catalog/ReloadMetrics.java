package io.inversionpicks.catalog;

import io.inversionpicks.catalog.store.VersionInfo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reload metrics for dashboards and alerts: {@code catalog_reloads_total{outcome}}, {@code catalog_products},
 * {@code catalog_version}, {@code catalog_files_valid} (0 while an edit on disk is rejected: alert on it) and
 * {@code catalog_reload_duration_seconds}. Gauges read plain fields, so this bean depends on nothing else.
 */
@ApplicationScoped
public class ReloadMetrics {

    private final Map<ReloadOutcome, Counter> reloads = new EnumMap<>(ReloadOutcome.class);
    private final Timer duration;
    private final AtomicLong products = new AtomicLong();
    private final AtomicLong versionId = new AtomicLong();
    private final AtomicLong filesValid = new AtomicLong(1);

    public ReloadMetrics(MeterRegistry registry) {
        for (ReloadOutcome outcome : ReloadOutcome.values()) {
            reloads.put(outcome, Counter.builder("catalog.reloads").tag("outcome", outcome.slug())
                    .description("Catalogue reload attempts by outcome").register(registry));
        }
        duration = Timer.builder("catalog.reload.duration")
                .description("Time to read, validate, record and publish the catalogue").register(registry);
        Gauge.builder("catalog.products", products, AtomicLong::get)
                .description("Active products in the serving catalogue version").register(registry);
        Gauge.builder("catalog.version", versionId, AtomicLong::get)
                .description("Database id of the serving catalogue version").register(registry);
        Gauge.builder("catalog.files.valid", filesValid, AtomicLong::get)
                .description("1 when the files on disk are the serving version, 0 while an edit is rejected")
                .register(registry);
    }

    void attempted(ReloadOutcome outcome, Duration took) {
        reloads.get(outcome).increment();
        duration.record(took);
        if (outcome != ReloadOutcome.STOPPED) { // a stopped reload says nothing about the files
            filesValid.set(outcome == ReloadOutcome.REJECTED ? 0 : 1);
        }
    }

    void serving(VersionInfo version) {
        products.set(version.productCount());
        versionId.set(version.id());
    }

    /** For tests and the admin view: how many reloads ended this way since start. */
    public long count(ReloadOutcome outcome) {
        return (long) reloads.get(outcome).count();
    }
}
