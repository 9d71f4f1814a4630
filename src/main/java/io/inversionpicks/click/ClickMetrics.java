package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prometheus counters: {@code clicks_total{product,retailer,agent}} for recorded clicks and
 * {@code clicks_skipped_total{reason}} for redirects that were not counted. Only catalogue ids reach the tags
 * (unknown ones get a 404 first), so the number of series stays bounded by the catalogue.
 */
@ApplicationScoped
public class ClickMetrics {

    private final MeterRegistry registry;

    public ClickMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void counted(ClickRecord click) {
        Counter.builder("clicks").description("Outbound clicks recorded, by product, retailer and agent class")
                .tag("product", click.productId()).tag("retailer", click.retailer())
                .tag("agent", click.bot() ? "bot" : "human").register(registry).increment();
    }

    void skipped(SkipReason reason) {
        Counter.builder("clicks.skipped").description("Redirects sent without counting a click")
                .tag("reason", reason.tag()).register(registry).increment();
    }
}
