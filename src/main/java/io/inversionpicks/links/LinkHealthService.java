package io.inversionpicks.links;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.LinkHealth;
import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.link.AmazonProductPath;
import io.inversionpicks.catalog.model.Availability;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.PriceSource;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.common.SiteConfig;
import io.inversionpicks.links.store.LinkHealthStore;
import io.inversionpicks.sync.store.FetchedOffer;
import io.inversionpicks.sync.store.RetailerDataStore;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every offer link of the live catalogue on a schedule (once per cluster), stores what it finds, and hides the
 * offers whose links are broken or lead away from the product, twice in a row, until a check passes again. Readers'
 * requests never query the database for it: the hidden offers are an overlay on the read model
 * ({@link LinkHealth}), rebuilt when the results change.
 */
@ApplicationScoped
public class LinkHealthService {

    private static final Logger LOG = Logger.getLogger(LinkHealthService.class);
    static final String JOB = "link-check";
    /** After the catalogue is published at start-up. */
    private static final int AFTER_CATALOGUE = Interceptor.Priority.APPLICATION + 700;

    /** One round's outcome. */
    public record Round(Instant startedAt, Instant finishedAt, int checked, Map<String, Integer> byStatus) {
    }

    private final CatalogueService catalogue;
    private final LinkHealthStore store;
    private final RetailerDataStore retailerData;
    private final LinkConfig config;
    private final LinkChecker checker;
    private final LinkNotifier notifier;
    private final LinkMetrics metrics;
    private final Clock clock;
    private final String instance;
    private volatile long shownRun = -1;

    public LinkHealthService(CatalogueService catalogue, LinkHealthStore store, RetailerDataStore retailerData,
                             LinkConfig config, SiteConfig site, LinkNotifier notifier, LinkMetrics metrics,
                             Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.retailerData = retailerData;
        this.config = config;
        this.notifier = notifier;
        this.metrics = metrics;
        this.clock = clock;
        this.checker = new LinkChecker(config, config.userAgent().orElse(userAgent(site)), clock);
        this.instance = System.getenv().getOrDefault("HOSTNAME", "localhost") + "/" + ProcessHandle.current().pid();
    }

    /** Names the service and where its operator can be found, as polite robots do. */
    static String userAgent(SiteConfig site) {
        return "InversionPicks-LinkCheck/1.0 (+" + site.publicBaseUrl() + ")";
    }

    void onStart(@Observes @Priority(AFTER_CATALOGUE) StartupEvent event) {
        showStored();
    }

    /** Shows what is stored, without checking: after a restart, or a test that changed the store. */
    public synchronized void showStored() {
        shownRun = store.latestRunId();
        publish(store.states());
    }

    /** Once per cluster: the clustered job store fires each round on one replica; {@code @Nonconcurrent} keeps two apart. */
    @Nonconcurrent
    @Scheduled(identity = JOB, every = "{links.check-every}", delayed = "60s")
    void scheduled() {
        check(Optional.empty());
    }

    /** On every replica: shows the results of a round another replica did. */
    @Scheduled(identity = "link-health-refresh", every = "{links.refresh-every}", executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        if (!catalogue.ready()) {
            return; // before the first publication there is nothing to overlay; start-up shows what is stored
        }
        long latest = store.latestRunId();
        if (latest != shownRun) {
            showStored();
        }
    }

    /** Checks every offer of the live catalogue now, or one product's; answers with the round's outcome. */
    public synchronized Round check(Optional<String> productId) {
        Instant started = clock.instant();
        Catalogue live = catalogue.current().catalogue();
        Map<OfferKey, OfferState> states = new HashMap<>(store.states());
        Map<OfferKey, FetchedOffer> fromApis = new HashMap<>();
        retailerData.all().forEach(o -> fromApis.put(new OfferKey(o.productId(), o.retailer()), o));
        Set<OfferKey> offers = new HashSet<>();
        int checked = 0;
        for (Product product : live.products()) {
            if (!product.active()) {
                continue;
            }
            for (Offer offer : product.offers()) {
                OfferKey key = new OfferKey(product.id(), offer.retailer());
                offers.add(key);
                if (productId.isPresent() && !productId.get().equals(product.id())) {
                    continue;
                }
                CheckResult result = notCrawled(live, offer)
                        ? fromApi(fromApis.get(key)) : checker.check(offer.url());
                OfferState previous = states.get(key);
                if (previous != null && !previous.url().equals(offer.url())) {
                    previous = null; // an editor changed the URL: its history starts again
                }
                OfferState next = OfferState.next(previous, offer.url(), result);
                store.record(key, next, config.history());
                states.put(key, next);
                checked++;
                if (next.hidden() != (previous != null && previous.hidden())) {
                    LOG.infof("Offer %s at %s is %s: %s (%s)", key.productId(), key.retailer(),
                            next.hidden() ? "hidden from readers" : "shown again", next.status().slug(),
                            result.detail());
                    notifier.changed(key, offer.url(), next);
                }
            }
        }
        if (productId.isEmpty()) {
            store.retainOnly(offers);
            states.keySet().retainAll(offers);
        }
        Instant finished = clock.instant();
        shownRun = store.recordRun(instance, started, finished, checked);
        publish(states);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        states.values().forEach(s -> byStatus.merge(s.status().slug(), 1, Integer::sum));
        return new Round(started, finished, checked, byStatus);
    }

    /** Amazon forbids scraping: its offers' health is what the Creators API said, and otherwise unknown. */
    static boolean notCrawled(Catalogue live, Offer offer) {
        String host;
        try {
            host = URI.create(offer.url()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host != null && AmazonProductPath.isAmazonHost(host)) {
            return true;
        }
        Retailer retailer = live.retailersById().get(offer.retailer());
        return retailer != null && retailer.allowedHosts().stream().anyMatch(AmazonProductPath::isAmazonHost)
                || retailer != null && live.programmesById().get(retailer.programme()) != null
                && live.programmesById().get(retailer.programme()).prices() == PriceSource.API_ONLY;
    }

    /** What the retailer's API said about an offer we may not crawl. */
    CheckResult fromApi(FetchedOffer data) {
        Instant now = clock.instant();
        if (data == null) {
            return new CheckResult(Verdict.UNKNOWN, null, null, "not crawled (the retailer forbids it); no data from "
                    + "its API", now);
        }
        String said = "Creators API, " + data.fetchedAt() + ": ";
        if (data.availability() == Availability.OUT_OF_STOCK) {
            return new CheckResult(Verdict.OUT_OF_STOCK, null, null, said + "out of stock", now);
        }
        if (data.hasPrice()) {
            return new CheckResult(Verdict.OK, null, null, said + "item returned with a price", now);
        }
        if (data.problem() != null && itemError(data.problem())) {
            return new CheckResult(Verdict.NOT_FOUND, null, null, said + data.problem(), now);
        }
        return new CheckResult(Verdict.UNKNOWN, null, null, said + (data.problem() == null ? "no price"
                : data.problem()), now);
    }

    /** The API's word that the item is gone (ItemNotAccessible, not found), not a passing problem. */
    static boolean itemError(String problem) {
        String lower = problem.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("itemnotaccessible") || lower.contains("not accessible") || lower.contains("not found")
                || lower.contains("notfound") || lower.contains("did not include");
    }

    /** The stored states, as the overlay readers see, and as metrics. */
    private void publish(Map<OfferKey, OfferState> states) {
        Map<OfferKey, String> hidden = new HashMap<>();
        states.forEach((key, state) -> {
            if (state.hidden()) {
                hidden.put(key, state.url());
            }
        });
        metrics.counts(states.values().stream().map(OfferState::status).toList());
        LinkHealth health = new LinkHealth(hidden);
        if (!health.equals(catalogue.current().linkHealth())) {
            catalogue.showLinkHealth(health);
        }
    }

    /** Every offer of the live catalogue with its stored state (null when it was never checked). */
    public List<Map.Entry<OfferKey, Optional<OfferState>>> offers() {
        Map<OfferKey, OfferState> states = store.states();
        List<Map.Entry<OfferKey, Optional<OfferState>>> all = new ArrayList<>();
        for (Product product : catalogue.current().catalogue().products()) {
            if (product.active()) {
                for (Offer offer : product.offers()) {
                    OfferKey key = new OfferKey(product.id(), offer.retailer());
                    all.add(Map.entry(key, Optional.ofNullable(states.get(key))));
                }
            }
        }
        return all;
    }

    public List<CheckResult> history(OfferKey key, int limit) {
        return store.history(key, limit);
    }

    public Instant lastRoundFinished() {
        return store.lastRunFinished();
    }

    LinkConfig config() {
        return config;
    }
}
