package io.inversionpicks.links;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code link_health_offers{status}}: the live catalogue's offers by link status, as this replica last saw them. */
@ApplicationScoped
public class LinkMetrics {

    private final Map<LinkStatus, AtomicInteger> byStatus = new EnumMap<>(LinkStatus.class);

    public LinkMetrics(MeterRegistry registry) {
        for (LinkStatus status : LinkStatus.values()) {
            AtomicInteger count = new AtomicInteger();
            byStatus.put(status, count);
            // A gauge reports the number it was first registered with: one left by an earlier start of the
            // application in this JVM (tests share the global registry) would report that one's counts forever.
            Gauge stale = registry.find("link.health.offers").tag("status", status.slug()).gauge();
            if (stale != null) {
                registry.remove(stale);
            }
            Gauge.builder("link.health.offers", count, AtomicInteger::get).tag("status", status.slug())
                    .description("Offers by the status of their link's last check").strongReference(true)
                    .register(registry);
        }
    }

    void counts(Collection<LinkStatus> statuses) {
        Map<LinkStatus, Integer> counted = new EnumMap<>(LinkStatus.class);
        statuses.forEach(status -> counted.merge(status, 1, Integer::sum));
        byStatus.forEach((status, count) -> count.set(counted.getOrDefault(status, 0)));
    }
}
