package io.inversionpicks.click;

import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.store.ClickRecord;
import io.inversionpicks.click.store.ClickStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A click's future completes only after the transaction holding it committed; a failed commit fails it. */
class ClickWriterTest {

    /** Records batches instead of writing; can hold a commit open, or fail it. */
    static final class FakeStore extends ClickStore {
        final List<List<ClickRecord>> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(0);
        volatile RuntimeException failure;

        FakeStore() {
            super(null);
        }

        @Override
        public void recordAll(List<ClickRecord> clicks) {
            entered.countDown();
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            batches.add(List.copyOf(clicks));
        }
    }

    private final FakeStore store = new FakeStore();
    private final ClickWriter writer = new ClickWriter(store, config(256, 10));

    @AfterEach
    void stop() throws InterruptedException {
        store.release.countDown();
        writer.stop(null);
    }

    @Test
    void completesOnlyAfterTheCommit() throws Exception {
        CompletableFuture<Void> first = heldInCommit(writer, "a");
        assertThat(first.isDone()).as("the commit is still running").isFalse();
        store.release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(store.batches.get(0).get(0).sourcePost()).isEqualTo("a");
    }

    @Test
    void clicksArrivingDuringACommitShareTheNextOne() throws Exception {
        CompletableFuture<Void> first = heldInCommit(writer, "first");
        List<CompletableFuture<Void>> waiting = List.of("b", "c", "d").stream()
                .map(p -> writer.write(click(p)).toCompletableFuture()).toList();
        store.release.countDown();
        first.get(10, TimeUnit.SECONDS);
        CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(store.batches.size())
                .as("one commit for the first click, one for the three that waited")
                .isEqualTo(2);
        assertThat(store.batches.get(1).stream().map(ClickRecord::sourcePost).toList())
                .isEqualTo(List.of("b", "c", "d"));
    }

    @Test
    void aFailedCommitFailsEveryClickInIt() {
        store.failure = new IllegalStateException("disk full");
        writer.start(null);
        assertNotStored(writer.write(click("x")));
    }

    @Test
    void aFullQueueRefusesInsteadOfWaiting() throws Exception {
        ClickWriter small = new ClickWriter(store, config(256, 1));
        CompletableFuture<Void> inCommit = heldInCommit(small, "1");
        CompletableFuture<Void> queued = small.write(click("2")).toCompletableFuture();
        assertNotStored(small.write(click("3")));
        store.release.countDown();
        inCommit.get(10, TimeUnit.SECONDS);
        queued.get(10, TimeUnit.SECONDS);
        small.stop(null);
    }

    @Test
    void shutdownCommitsWhatWasAcceptedAndRefusesTheRest() throws Exception {
        CompletableFuture<Void> accepted = heldInCommit(writer, "accepted");
        store.release.countDown();
        writer.stop(null);
        accepted.get(10, TimeUnit.SECONDS);
        assertNotStored(writer.write(click("late")));
    }

    /** Starts the writer and writes one click whose commit then waits until {@code store.release} opens. */
    private CompletableFuture<Void> heldInCommit(ClickWriter clickWriter, String post) throws InterruptedException {
        store.release = new CountDownLatch(1);
        clickWriter.start(null);
        CompletableFuture<Void> future = clickWriter.write(click(post)).toCompletableFuture();
        assertThat(store.entered.await(10, TimeUnit.SECONDS)).as("the commit has started").isTrue();
        return future;
    }

    private static void assertNotStored(CompletionStage<Void> write) {
        assertThatThrownBy(() -> write.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ClickNotStoredException.class);
    }

    private static ClickRecord click(String post) {
        return new ClickRecord(Fixtures.NOW, "teeter-fitspine-x3", "amazon", "v",
                Placement.API, post, false);
    }

    static ClickConfig config(int batchSize, int queueCapacity) {
        return new ClickConfig() {
            public int retentionDays() {
                return 400;
            }

            public String purgeEvery() {
                return "off";
            }

            public int sourcePostMaxLength() {
                return 500;
            }

            public int writeBatchSize() {
                return batchSize;
            }

            public int writeQueueCapacity() {
                return queueCapacity;
            }

            public int agentCacheSize() {
                return 100;
            }
        };
    }
}
