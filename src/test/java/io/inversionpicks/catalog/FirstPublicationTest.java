package io.inversionpicks.catalog;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A job that fires while the catalogue is still loading waits for it, and gives up after its patience. */
class FirstPublicationTest {

    private final FirstPublication publication = new FirstPublication();

    @Test
    void withoutAPublicationTheWaitEndsWithNo() throws InterruptedException {
        assertThat(publication.await(Duration.ofMillis(20))).isFalse();
    }

    @Test
    void aWaitingJobGoesOnOnceTheCatalogueIsPublished() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> job = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                return publication.await(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        publication.happened();

        assertThat(job.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(publication.await(Duration.ZERO)).isTrue();
    }
}
