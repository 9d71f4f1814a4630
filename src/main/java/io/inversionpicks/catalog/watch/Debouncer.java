package io.inversionpicks.catalog.watch;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once signals have stopped for a quiet period: an editor saving ten files gives one reload, not
 * ten. A burst that never goes quiet still runs the action after {@code maxDelay}, so a noisy folder can't starve
 * reloads. The action runs on the given executor; with a single thread, runs never overlap.
 */
final class Debouncer {

    private static final Logger LOG = Logger.getLogger(Debouncer.class);

    private final ScheduledExecutorService executor;
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Runnable action;
    private ScheduledFuture<?> pending;
    private long burstStartedAt;

    Debouncer(ScheduledExecutorService executor, Duration quiet, Duration maxDelay, Runnable action) {
        this.executor = executor;
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = Math.max(quiet.toNanos(), maxDelay.toNanos());
        this.action = action;
    }

    synchronized void signal() {
        long now = System.nanoTime();
        boolean burstGoingOn = pending != null && pending.cancel(false);
        if (!burstGoingOn) {
            burstStartedAt = now;
        }
        long delay = Math.min(quietNanos, Math.max(0, burstStartedAt + maxDelayNanos - now));
        pending = executor.schedule(this::run, delay, TimeUnit.NANOSECONDS);
    }

    private void run() {
        try {
            action.run();
        } catch (RuntimeException e) {
            // Keep the executor alive: the next change must still be noticed.
            LOG.error("Debounced catalogue reload failed", e);
        }
    }
}
