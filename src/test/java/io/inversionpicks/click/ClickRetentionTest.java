package io.inversionpicks.click;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.store.ClickRecord;
import io.inversionpicks.click.store.ClickStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the clock at 2026-11-23 and 400 days of retention, the first day kept is 2025-10-19. These clicks are tagged
 * with their own post so the assertions ignore clicks written by other tests.
 */
@QuarkusTest
class ClickRetentionTest {

    static final String POST = "https://blog.example.com/retention";

    @Inject
    ClickStore store;
    @Inject
    ClickRetention retention;
    @Inject
    ClickProbe probe;

    @Test
    void clicksOlderThanTheRetentionArePurged() {
        record("2024-01-01T00:00:00Z");
        record("2025-10-18T23:59:59.999Z");
        record("2025-10-19T00:00:00Z");
        record("2026-11-23T11:00:00Z");
        assertThat(probe.byPost(POST).size()).isEqualTo(4);

        long purged = retention.purge();

        assertThat(purged).isEqualTo(2);
        assertThat(probe.byPost(POST).size()).isEqualTo(2);
        assertThat(probe.byPost(POST).stream().map(c -> c.day.toString()).sorted().findFirst()
                .orElseThrow())
                .isEqualTo("2025-10-19");
        assertThat(retention.purge()).as("nothing left to purge").isEqualTo(0);
    }

    private void record(String at) {
        store.record(new ClickRecord(Instant.parse(at), "teeter-fitspine-x3", "amazon", "retention", Placement.API,
                POST, false));
    }
}
