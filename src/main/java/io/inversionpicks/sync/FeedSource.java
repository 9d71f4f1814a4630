package io.inversionpicks.sync;

import io.inversionpicks.catalog.link.AmazonProductPath;
import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.PriceSource;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.sync.feed.FeedException;
import io.inversionpicks.sync.feed.FeedMatcher;
import io.inversionpicks.sync.feed.FeedMatches;
import io.inversionpicks.sync.feed.FeedReader;
import io.inversionpicks.sync.feed.FeedReport;
import io.inversionpicks.sync.feed.FeedVerdict;
import io.inversionpicks.sync.feed.OfferRef;
import io.inversionpicks.sync.store.FetchedOffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one retailer's product feed, streaming, and turns the rows that match catalogue offers into retailer data.
 * A feed that is missing, unreadable, empty or mostly unmatched replaces nothing: the previous data stays, and the
 * report says why.
 */
@ApplicationScoped
public class FeedSource {

    /**
     * @param fetched   the data to store; empty when the feed was not taken (its previous data stays)
     * @param failed    offers the feed could not answer for: all of them when it was not taken
     * @param unmatched offers no row matched
     */
    public record Fetch(String source, Instant started, List<FetchedOffer> fetched, int failed, int unmatched,
                        List<String> errors) {
    }

    /** A feed's data is stored under source {@code feed:<name>}. */
    static final String PREFIX = "feed:";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Clock clock;

    public FeedSource(Clock clock) {
        this.clock = clock;
    }

    public Fetch fetch(String name, SyncConfig.Feed feed, Catalogue catalogue) {
        String source = PREFIX + name;
        Instant started = clock.instant();
        List<OfferRef> offers = offers(catalogue, feed.retailer());
        if (pricesOnlyFromItsApi(catalogue, feed.retailer())) {
            // Amazon allows prices only from its Creators API: a feed, whatever it holds, may never price it.
            return new Fetch(source, started, List.of(), offers.size(), 0, List.of("feed " + name + ": retailer '"
                    + feed.retailer() + "' takes prices only from its own API (prices: api-only, or an Amazon "
                    + "host); the feed was not read"));
        }
        FeedMatcher matcher = FeedMatcher.forRetailer(feed.retailer(), offers, feed.matchBy());
        FeedVerdict verdict;
        List<String> errors = new ArrayList<>();
        try (InputStream in = open(feed.location())) {
            FeedReport report = new FeedReader(feed.format(), feed.mapping()).read(in, matcher);
            report.problems().forEach(problem -> errors.add("record " + problem.record() + ": " + problem.field()
                    + ": " + problem.message()));
            verdict = FeedVerdict.judge(report, matcher.matches(), feed.minimumMatchedShare());
        } catch (NoSuchFileException | MissingFeed e) {
            verdict = FeedVerdict.missing(feed.retailer());
            errors.add(0, feed.location() + ": " + e.getMessage());
        } catch (FeedException e) {
            verdict = FeedVerdict.unreadable(feed.retailer(), e);
        } catch (IOException e) {
            verdict = FeedVerdict.missing(feed.retailer());
            errors.add(0, feed.location() + ": " + e);
        }
        FeedMatches matches = matcher.matches();
        if (!verdict.replacesPreviousData()) {
            errors.add(0, verdict.reason());
            return new Fetch(source, started, List.of(), offers.size(), 0, errors);
        }
        List<FetchedOffer> fetched = matches.matched().stream().map(match -> new FetchedOffer(
                match.offer().productId(), match.offer().retailer(), source, match.row().price(),
                match.row().currency(), match.row().availability(), match.row().imageUrl(), null, started)).toList();
        return new Fetch(source, started, fetched, 0, offers.size() - fetched.size(), errors);
    }

    private static boolean pricesOnlyFromItsApi(Catalogue catalogue, String retailerId) {
        Retailer retailer = catalogue.retailersById().get(retailerId);
        if (retailer == null) {
            return false;
        }
        AffiliateProgramme programme = catalogue.programmesById().get(retailer.programme());
        return programme != null && programme.prices() == PriceSource.API_ONLY
                || retailer.allowedHosts().stream().anyMatch(AmazonProductPath::isAmazonHost);
    }

    /** The retailer's offers on active products, with what a feed may match them by. */
    private static List<OfferRef> offers(Catalogue catalogue, String retailer) {
        List<OfferRef> offers = new ArrayList<>();
        for (Product product : catalogue.products()) {
            if (product.active()) {
                for (Offer offer : product.offers()) {
                    if (offer.retailer().equals(retailer)) {
                        offers.add(new OfferRef(product.id(), retailer, offer.url(), offer.sku(), offer.gtin()));
                    }
                }
            }
        }
        return offers;
    }

    private InputStream open(String location) throws IOException {
        if (!location.startsWith("http://") && !location.startsWith("https://")) {
            return Files.newInputStream(Path.of(location));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new MissingFeed("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the feed", e);
        }
    }

    /** The feed's server answered, but with no feed. */
    private static final class MissingFeed extends IOException {
        MissingFeed(String message) {
            super(message);
        }
    }
}
