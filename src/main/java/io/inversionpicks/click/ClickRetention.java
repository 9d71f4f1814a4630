package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickStore;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Deletes clicks older than {@code clicks.retention-days}, so the store does not grow for ever. */
@ApplicationScoped
public class ClickRetention {

    private static final Logger LOG = Logger.getLogger(ClickRetention.class);

    private final ClickStore store;
    private final ClickConfig config;
    private final Clock clock;

    public ClickRetention(ClickStore store, ClickConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "{clicks.purge-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /** Keeps the last {@code retention-days} days (UTC) before today, and today; returns how many were deleted. */
    public long purge() {
        LocalDate firstKept = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(config.retentionDays());
        long deleted = store.purgeBefore(firstKept);
        if (deleted > 0) {
            LOG.infof("Purged %d clicks from before %s (retention %d days)", deleted, firstKept,
                    config.retentionDays());
        }
        return deleted;
    }
}
