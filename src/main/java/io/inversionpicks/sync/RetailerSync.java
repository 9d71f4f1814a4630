package io.inversionpicks.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.RetailerPrices;
import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.model.Availability;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.sync.amazon.AmazonPriceSource;
import io.inversionpicks.sync.store.FetchedOffer;
import io.inversionpicks.sync.store.RetailerDataStore;
import io.inversionpicks.sync.store.StoredSyncRun;
import io.inversionpicks.sync.store.SyncRunStore;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps retailer data current: fetches it on a schedule (or when an operator asks), stores the latest per offer,
 * deletes what is past its source's limit, and overlays what is left on the read model, so readers see new prices
 * without a catalogue reload and without a database query per request.
 */
@ApplicationScoped
public class RetailerSync {

    private static final Logger LOG = Logger.getLogger(RetailerSync.class);
    static final String JOB = "retailer-sync";
    static final int RECENT_RUNS = 10;
    private static final TypeReference<List<SourceReport>> SOURCE_REPORTS = new TypeReference<>() {
    };
    /** After the catalogue is published at start-up (CatalogueService observes with the default priority). */
    private static final int AFTER_CATALOGUE = Interceptor.Priority.APPLICATION + 600;

    private final CatalogueService catalogue;
    private final RetailerDataStore store;
    private final AmazonPriceSource amazon;
    private final SyncConfig config;
    private final Scheduler scheduler;
    private final SyncMetrics metrics;
    private final Clock clock;
    private final FeedSource feeds;
    private final SyncRunStore runs;
    private final ObjectMapper json;
    private final String instance;
    /** The stored run whose data this replica shows; another replica's newer run makes it show the store again. */
    private volatile long shownRun = -1;
    private volatile Instant oldestShown;

    public RetailerSync(CatalogueService catalogue, RetailerDataStore store, AmazonPriceSource amazon,
                        FeedSource feeds, SyncRunStore runs, ObjectMapper json, SyncConfig config,
                        Scheduler scheduler, SyncMetrics metrics, Clock clock) {
        this.feeds = feeds;
        this.catalogue = catalogue;
        this.store = store;
        this.amazon = amazon;
        this.runs = runs;
        this.json = json;
        this.config = config;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.clock = clock;
        // A pod's host name is its name in Kubernetes; the process id tells apart replicas on one machine.
        this.instance = System.getenv().getOrDefault("HOSTNAME", "localhost") + "/" + ProcessHandle.current().pid();
    }

    static final String NOT_CONFIGURED = "Amazon's Creators API is not configured (sync.amazon.credential-id, "
            + "credential-secret, credential-version and partner-tag): nothing is fetched, and Amazon offers show "
            + "no price";

    /** Checks the schedule, says once whether Amazon is set up, and shows the data stored before the restart. */
    void onStart(@Observes @Priority(AFTER_CATALOGUE) StartupEvent event) {
        checkInterval(config.every());
        if (!config.amazon().configured()) {
            LOG.info(NOT_CONFIGURED);
        }
        showStored();
    }

    /** Shows what is stored, without fetching: after a restart, or after data was deleted. */
    synchronized void showStored() {
        shownRun = runs.latestId();
        purgeExpired();
        publishStored();
    }

    /**
     * Once per cluster: the clustered job store fires each run on one replica, and {@code @Nonconcurrent} keeps a
     * run from starting on another replica while one is still going (twice the calls would break Amazon's rate).
     */
    @Nonconcurrent
    @Scheduled(identity = JOB, every = "{sync.every}", delayed = "10s")
    void scheduled(ScheduledExecution execution) {
        Instant fireTime = execution.getScheduledFireTime();
        // Quartz runs a job again on another replica when the one running it died (recovery), even if it died after
        // the run was recorded and before Quartz heard of it. Such a run is done: its data is stored and shown.
        if (runs.recordedFor(fireTime)) {
            LOG.infof("The retailer sync due at %s was already run by a replica that then stopped", fireTime);
            return;
        }
        run(fireTime);
    }

    /**
     * On every replica, not once per cluster ({@code SIMPLE}, the in-process scheduler): shows the data of a run
     * that another replica did, and deletes Amazon data past 24 hours even if the sync itself has stopped.
     */
    @Scheduled(identity = "retailer-data-refresh", every = "{sync.refresh-every}", executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        if (!catalogue.ready()) {
            return; // before the first publication there is nothing to overlay; start-up shows what is stored
        }
        long latest = runs.latestId();
        if (purgeExpired() > 0 || latest != shownRun) {
            shownRun = latest;
            publishStored();
        }
    }

    /** Fetches from every configured source now, then publishes; answers with the report. */
    public SyncReport run() {
        return run(null);
    }

    private synchronized SyncReport run(Instant scheduledFor) {
        Instant started = clock.instant();
        List<SourceReport> sources = new ArrayList<>();
        if (config.amazon().configured()) {
            sources.add(fetchAmazon());
        }
        config.feeds().forEach((name, feed) -> sources.add(stored(feeds.fetch(name, feed,
                catalogue.current().catalogue()))));
        sources.forEach(metrics::ran);
        forgetRemovedFeeds();
        purgeExpired();
        shownRun = runs.record(instance, scheduledFor, started, clock.instant(), write(sources));
        publishStored();
        return report();
    }

    /** The cluster's last run, from whichever replica did it. */
    public SyncReport report() {
        List<StoredSyncRun> recent = runs.recent(RECENT_RUNS);
        List<SourceReport> sources = new ArrayList<>(recent.isEmpty() ? List.of() : read(recent.get(0)));
        if (!config.amazon().configured()) {
            sources.removeIf(source -> source.source().equals(AmazonPriceSource.SOURCE));
            sources.add(0, SourceReport.notConfigured(AmazonPriceSource.SOURCE, NOT_CONFIGURED));
        }
        Instant next = Optional.ofNullable(scheduler.getScheduledJob(JOB)).map(Trigger::getNextFireTime)
                .orElse(null);
        Instant oldest = oldestShown;
        Long age = oldest == null ? null : Duration.between(oldest, clock.instant()).toSeconds();
        return new SyncReport(sources, recent.stream().map(run -> new SyncRun(run.instance(), run.scheduledFor(),
                run.startedAt(), run.finishedAt())).toList(), next, oldest, age);
    }

    private String write(List<SourceReport> sources) {
        try {
            return json.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sync report not serialisable", e);
        }
    }

    private List<SourceReport> read(StoredSyncRun run) {
        try {
            return json.readValue(run.sourcesJson(), SOURCE_REPORTS);
        } catch (JsonProcessingException e) {
            // Written by an older or newer version; the run itself still counts.
            LOG.warnf("Stored sync run %d has an unreadable report: %s", run.id(), e.getOriginalMessage());
            return List.of();
        }
    }

    /** A feed an operator removed from the configuration leaves no data behind to be shown forever. */
    private void forgetRemovedFeeds() {
        for (String source : store.sources()) {
            if (source.startsWith(FeedSource.PREFIX)
                    && !config.feeds().containsKey(source.substring(FeedSource.PREFIX.length()))) {
                int deleted = store.deleteSource(source);
                LOG.infof("Deleted the data of %d offer(s) from %s, which is no longer configured", deleted, source);
            }
        }
    }

    private SourceReport fetchAmazon() {
        Instant started = clock.instant();
        AmazonPriceSource.Fetch fetch = amazon.fetch(catalogue.current().catalogue(), started);
        return stored(new FeedSource.Fetch(AmazonPriceSource.SOURCE, started, fetch.fetched(), fetch.failed(), 0,
                fetch.errors()));
    }

    /** Stores what a source fetched and reports it, counting what changed against what was stored. */
    private SourceReport stored(FeedSource.Fetch fetch) {
        Map<OfferKey, FetchedOffer> before = new HashMap<>();
        store.all().forEach(offer -> before.put(new OfferKey(offer.productId(), offer.retailer()), offer));
        int updated = 0;
        int unchanged = 0;
        int unmatched = fetch.unmatched();
        for (FetchedOffer offer : fetch.fetched()) {
            FetchedOffer previous = before.get(new OfferKey(offer.productId(), offer.retailer()));
            if (!offer.hasPrice() && offer.availability() != Availability.OUT_OF_STOCK) {
                unmatched++;
            } else if (sameData(previous, offer)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        store.replace(fetch.fetched());
        List<String> errors = new ArrayList<>(fetch.errors());
        if (!errors.isEmpty()) {
            LOG.warnf("Sync of %s: %d offer(s) failed, %d without data; first problem: %s", fetch.source(),
                    fetch.failed(), unmatched, errors.get(0));
        }
        return new SourceReport(fetch.source(), true, fetch.started(), clock.instant(), updated, unchanged,
                fetch.failed(), unmatched, errors);
    }

    private static boolean sameData(FetchedOffer previous, FetchedOffer now) {
        return previous != null && (previous.amount() == null ? now.amount() == null
                : now.amount() != null && previous.amount().compareTo(now.amount()) == 0)
                && Objects.equals(previous.currency(), now.currency()) && previous.availability() == now.availability()
                && Objects.equals(previous.imageUrl(), now.imageUrl());
    }

    /** Amazon's data is deleted, not merely hidden, once it is 24 hours old: no price history is kept. */
    private int purgeExpired() {
        int deleted = store.deleteFetchedUntil(AmazonPriceSource.SOURCE, clock.instant().minus(
                AmazonPriceSource.MAX_AGE));
        if (deleted > 0) {
            LOG.infof("Deleted Amazon data of %d offer(s), fetched more than 24 hours ago", deleted);
        }
        return deleted;
    }

    /** The stored prices, as the overlay the read model shows; its expiry rules hide each price on time. */
    private void publishStored() {
        Map<OfferKey, Offer.Price> prices = new HashMap<>();
        Map<OfferKey, Instant> outOfStock = new HashMap<>();
        Map<OfferKey, String> images = new HashMap<>();
        Instant cutoff = clock.instant().minus(AmazonPriceSource.MAX_AGE);
        // Amazon's data goes at 24 hours; a feed's is hidden when its retailer's maxPriceAgeHours says so.
        List<FetchedOffer> fresh = store.all().stream().filter(offer -> !offer.source()
                .equals(AmazonPriceSource.SOURCE) || offer.fetchedAt().isAfter(cutoff)).toList();
        for (FetchedOffer offer : fresh) {
            OfferKey key = new OfferKey(offer.productId(), offer.retailer());
            ImageLinks.https(offer.imageUrl()).ifPresent(url -> images.put(key, url));
            if (offer.availability() == Availability.OUT_OF_STOCK) {
                outOfStock.put(key, offer.fetchedAt());
            } else if (offer.hasPrice()) {
                prices.put(key, new Offer.Price(offer.amount(), offer.currency(), offer.fetchedAt().toString()));
            }
        }
        List<FetchedOffer> shown = fresh.stream().filter(offer -> prices.containsKey(
                new OfferKey(offer.productId(), offer.retailer())) || outOfStock.containsKey(
                new OfferKey(offer.productId(), offer.retailer()))).toList();
        oldestShown = shown.stream().map(FetchedOffer::fetchedAt).min(Comparator.naturalOrder()).orElse(null);
        metrics.showing(oldestShown);
        catalogue.showApiPrices(new RetailerPrices(prices, outOfStock, images));
    }

    /** Amazon's data may be shown for 24 hours; a sync every 24 hours or less often would leave gaps every day. */
    static void checkInterval(String every) {
        if (every.equalsIgnoreCase("off") || every.equalsIgnoreCase("disabled")) {
            return;
        }
        Duration interval;
        try {
            interval = DurationConverter.parseDuration(every);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sync.every '" + every + "' is not a duration such as 1h or 30m");
        }
        if (interval == null || interval.compareTo(AmazonPriceSource.MAX_AGE) >= 0 || interval.isNegative()
                || interval.isZero()) {
            throw new IllegalStateException("sync.every must be below 24h (Amazon's data may be shown for 24 hours "
                    + "at most), not '" + every + "'");
        }
    }
}
