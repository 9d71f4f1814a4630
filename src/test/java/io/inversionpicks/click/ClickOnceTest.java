package io.inversionpicks.click;

import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.store.Channel;
import io.inversionpicks.click.store.ClickEntity;
import io.inversionpicks.click.store.ClickRecord;
import io.inversionpicks.click.store.ClickStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ping and the beacon of one click carry one id and are stored once, whether they arrive one after the other, in
 * the same batch of the writer, or at two instances sharing the database (the unique index, with the writer keeping
 * the rest of a batch that ran into it).
 */
@QuarkusTest
class ClickOnceTest {

    @Inject
    ClickStore store;

    @Inject
    ClickProbe probe;

    private static ClickRecord report(String post, Channel channel, String clickId) {
        return new ClickRecord(Fixtures.NOW, "teeter-fitspine-x3", "amazon", "v1",
                Placement.WIDGET, post, false, channel, clickId);
    }

    private static String uniquePost() {
        return "https://blog.example.com/once/" + UUID.randomUUID();
    }

    @Test
    void bothReportsInOneBatchAreStoredOnce() {
        String post = uniquePost();
        String id = UUID.randomUUID().toString();

        store.recordAll(List.of(report(post, Channel.BEACON, id), report(post, Channel.PING, id),
                report(post, Channel.PING, UUID.randomUUID().toString())));

        assertThat(probe.byPost(post)).extracting(c -> c.channel).containsExactlyInAnyOrder("beacon", "ping");
    }

    @Test
    void aReportOfAStoredClickIsLeftOut() {
        String post = uniquePost();
        String id = UUID.randomUUID().toString();
        store.recordAll(List.of(report(post, Channel.PING, id)));

        store.recordAll(List.of(report(post, Channel.BEACON, id), report(post, Channel.BEACON, null)));

        assertThat(probe.byPost(post)).extracting(c -> c.channel).containsExactlyInAnyOrder("ping", "beacon");
        assertThat(store.isStored(report(post, Channel.BEACON, id))).isTrue();
    }

    @Test
    void theSameIdForAnotherOfferIsAnotherClick() {
        String post = uniquePost();
        String id = UUID.randomUUID().toString();
        ClickRecord other = new ClickRecord(Fixtures.NOW, "innova-itx9600", "amazon", "v1",
                Placement.WIDGET, post, false, Channel.PING, id);

        store.recordAll(List.of(report(post, Channel.PING, id), other));

        assertThat(probe.byPost(post)).hasSize(2);
    }

    /** What a second instance would run into: the database itself refuses a second row for one click id. */
    @Test
    void theDatabaseRefusesASecondRowForOneClick() {
        String post = uniquePost();
        String id = UUID.randomUUID().toString();
        store.recordAll(List.of(report(post, Channel.PING, id)));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            ClickEntity row = new ClickEntity();
            row.clickedAt = Instant.parse("2026-11-23T12:00:01Z");
            row.day = java.time.LocalDate.of(2026, 11, 23);
            row.productId = "teeter-fitspine-x3";
            row.retailer = "amazon";
            row.catalogueVersion = "v1";
            row.placement = "widget";
            row.sourcePost = post;
            row.channel = "beacon";
            row.clickId = id;
            row.persist();
        })).isInstanceOf(RuntimeException.class);
        assertThat(probe.byPost(post)).hasSize(1);
    }

    /** Another instance stored one id between this batch's check and its commit: the rest of the batch is kept. */
    @Test
    void aBatchThatRunsIntoTheIndexKeepsItsOtherClicks() throws Exception {
        String post = uniquePost();
        String raced = UUID.randomUUID().toString();
        ClickStore racing = new ClickStore(null) {
            private boolean first = true;

            @Override
            public void recordAll(List<ClickRecord> clicks) {
                if (first) {
                    first = false;
                    store.recordAll(List.of(report(post, Channel.PING, raced))); // the other instance
                    throw new IllegalStateException("unique index click_once_idx violated");
                }
                if (clicks.stream().anyMatch(c -> raced.equals(c.clickId()))) {
                    throw new IllegalStateException("unique index click_once_idx violated");
                }
                store.recordAll(clicks);
            }

            @Override
            public boolean isStored(ClickRecord click) {
                return store.isStored(click);
            }
        };
        ClickWriter writer = new ClickWriter(racing, ClickWriterTest.config(256, 16));
        // Queued before the writer starts, so that all three are one batch.
        List<CompletableFuture<Void>> writes = List.of(report(post, Channel.BEACON, raced),
                report(post, Channel.BEACON, UUID.randomUUID().toString()), report(post, Channel.BEACON, null))
                .stream().map(c -> writer.write(c).toCompletableFuture()).toList();
        writer.start(null);
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } finally {
            writer.stop(null);
        }

        assertThat(probe.byPost(post)).extracting(c -> c.channel).containsExactlyInAnyOrder("ping", "beacon",
                "beacon");
    }
}
