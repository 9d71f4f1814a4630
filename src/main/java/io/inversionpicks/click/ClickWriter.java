package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickRecord;
import io.inversionpicks.click.store.ClickStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: clicks arriving together are written in one transaction by a single writer thread, and each
 * click's future completes only after that transaction has committed. The redirect waits for the future, so
 * "committed before the redirect is sent" holds for every click, while the database does one commit (one file write,
 * with H2's WRITE_DELAY=0) per batch instead of per click.
 */
@ApplicationScoped
public class ClickWriter {

    private static final Logger LOG = Logger.getLogger(ClickWriter.class);

    private record Pending(ClickRecord click, CompletableFuture<Void> committed) {
    }

    /** Tells the writer thread that nothing more will come. */
    private static final Pending END = new Pending(null, null);

    private final ClickStore store;
    private final ClickConfig config;
    private final BlockingQueue<Pending> queue;
    private volatile boolean accepting = true;
    private Thread writer;

    public ClickWriter(ClickStore store, ClickConfig config) {
        this.store = store;
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(config.writeQueueCapacity());
    }

    void start(@Observes StartupEvent event) {
        writer = new Thread(this::writeUntilEnd, "click-writer");
        writer.start();
    }

    /** Completes once the click is committed; fails if it could not be (full queue, database error, shutdown). */
    public CompletionStage<Void> write(ClickRecord click) {
        Pending pending = new Pending(click, new CompletableFuture<>());
        if (!accepting || !queue.offer(pending)) {
            pending.committed().completeExceptionally(new ClickNotStoredException(
                    accepting ? "too many clicks waiting to be stored" : "shutting down"));
        }
        return pending.committed();
    }

    /** Commits everything already accepted before the database closes. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        accepting = false;
        if (writer != null && writer.isAlive()) {
            queue.put(END);
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        late.stream().filter(p -> p != END).forEach(p -> p.committed().completeExceptionally(
                new ClickNotStoredException("shutting down")));
    }

    private void writeUntilEnd() {
        List<Pending> batch = new ArrayList<>(config.writeBatchSize());
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, config.writeBatchSize() - 1);
            boolean end = batch.remove(END);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
            if (end) {
                return;
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            store.recordAll(batch.stream().map(Pending::click).toList());
        } catch (RuntimeException e) {
            if (batch.stream().anyMatch(p -> p.click().clickId() != null)) {
                // Most likely another instance stored one of these click ids first: keep the rest of the batch.
                LOG.debugf(e, "Storing %d clicks one by one after a failed batch", batch.size());
                batch.forEach(this::commitAlone);
                return;
            }
            LOG.errorf(e, "Could not store %d clicks; their readers get 503 instead of a redirect", batch.size());
            batch.forEach(p -> p.committed().completeExceptionally(new ClickNotStoredException(e.toString())));
            return;
        }
        batch.forEach(p -> p.committed().complete(null));
    }

    /** A report whose id turns out to be stored already was counted (by its other report): that is success. */
    private void commitAlone(Pending pending) {
        try {
            store.recordAll(List.of(pending.click()));
        } catch (RuntimeException e) {
            if (!isStored(pending.click())) {
                LOG.errorf(e, "Could not store a click of %s at %s", pending.click().productId(),
                        pending.click().retailer());
                pending.committed().completeExceptionally(new ClickNotStoredException(e.toString()));
                return;
            }
        }
        pending.committed().complete(null);
    }

    private boolean isStored(ClickRecord click) {
        try {
            return store.isStored(click);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
