package io.inversionpicks.sync.amazon;

import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.link.AmazonProductPath;
import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.PriceSource;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.sync.store.FetchedOffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices, availability and images of the catalogue's Amazon offers, from the Creators API: every active offer at a
 * retailer whose programme's prices are {@code api-only}, 10 ASINs a call.
 */
@ApplicationScoped
public class AmazonPriceSource {

    public static final String SOURCE = FetchedOffer.AMAZON_API;
    /** Amazon's data may be shown, and kept, for 24 hours at most; then it is deleted. */
    public static final Duration MAX_AGE = Duration.ofHours(24);

    /**
     * @param fetched every offer Amazon answered for, with data or with the reason it had none
     * @param failed  offers in calls that failed: nothing is known of them now, so their previous data stays
     */
    public record Fetch(List<FetchedOffer> fetched, int failed, List<String> errors) {
    }

    private final CreatorsApiClient client;

    public AmazonPriceSource(CreatorsApiClient client) {
        this.client = client;
    }

    public Fetch fetch(Catalogue catalogue, Instant now) {
        Map<String, List<OfferKey>> offersByAsin = offersByAsin(catalogue);
        List<String> asins = List.copyOf(offersByAsin.keySet());
        List<FetchedOffer> fetched = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int failed = 0;
        for (int from = 0; from < asins.size(); from += GetItemsRequest.MAX_ITEMS) {
            List<String> batch = asins.subList(from, Math.min(asins.size(), from + GetItemsRequest.MAX_ITEMS));
            try {
                ItemsAnswer answer = client.getItems(batch);
                for (String asin : batch) {
                    offersByAsin.get(asin).forEach(key -> fetched.add(offer(key, asin, answer, now)));
                }
                answer.problems().values().stream().distinct().forEach(errors::add);
            } catch (CreatorsApiException e) {
                failed += batch.stream().mapToInt(asin -> offersByAsin.get(asin).size()).sum();
                errors.add("ASINs " + String.join(", ", batch) + ": " + e.getMessage());
            }
        }
        return new Fetch(fetched, failed, errors);
    }

    private static FetchedOffer offer(OfferKey key, String asin, ItemsAnswer answer, Instant now) {
        AmazonItem item = answer.items().get(asin);
        if (item == null) {
            String problem = answer.problems().getOrDefault(asin, "Amazon's answer did not include " + asin);
            return FetchedOffer.unknown(key.productId(), key.retailer(), SOURCE, problem, now);
        }
        return new FetchedOffer(key.productId(), key.retailer(), SOURCE, item.amount(), item.currency(),
                item.availability(), item.imageUrl(), item.amount() == null ? "no price from Amazon" : null, now);
    }

    /** The catalogue's offers whose prices may only come from Amazon's API, by ASIN (in order, for stable batches). */
    public static Map<String, List<OfferKey>> offersByAsin(Catalogue catalogue) {
        Map<String, Retailer> retailers = catalogue.retailersById();
        Map<String, AffiliateProgramme> programmes = catalogue.programmesById();
        Map<String, List<OfferKey>> byAsin = new TreeMap<>();
        for (Product product : catalogue.products()) {
            if (!product.active()) {
                continue;
            }
            for (Offer offer : product.offers()) {
                Retailer retailer = retailers.get(offer.retailer());
                AffiliateProgramme programme = retailer == null ? null : programmes.get(retailer.programme());
                Optional<String> asin = Optional.ofNullable(offer.asin())
                        .or(() -> AmazonProductPath.asin(offer.url()));
                if (programme != null && programme.prices() == PriceSource.API_ONLY && asin.isPresent()) {
                    byAsin.computeIfAbsent(asin.get(), a -> new ArrayList<>())
                            .add(new OfferKey(product.id(), offer.retailer()));
                }
            }
        }
        return byAsin;
    }
}
