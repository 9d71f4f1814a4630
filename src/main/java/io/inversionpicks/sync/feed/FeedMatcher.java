package io.inversionpicks.sync.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Matches a feed's rows to one retailer's catalogue offers as the rows stream past, so the feed itself is never held:
 * only the matched pairs, at most one per offer. Pass it to {@link FeedReader#read} as the consumer, then ask for
 * {@link #matches()}. If two rows match one offer, the first one wins and the second is reported. Not thread-safe:
 * one matcher per feed reading.
 */
public final class FeedMatcher implements Consumer<FeedRow> {

    private final String retailer;
    private final MatchBy rule;
    private final int offers;
    private final int offersWithoutKey;
    private final Map<String, List<OfferRef>> offersByKey = new HashMap<>();
    /** Offer to the record number of the row that matched it; by identity, as two offers may be equal records. */
    private final Map<OfferRef, Long> matchedBy = new IdentityHashMap<>();
    private final List<FeedMatches.Match> matched = new ArrayList<>();
    private final List<FeedProblem> duplicates = new ArrayList<>();
    private long unmatchedRows;
    private long duplicateRows;

    private FeedMatcher(String retailer, List<OfferRef> retailerOffers, MatchBy rule) {
        this.retailer = retailer;
        this.rule = rule;
        this.offers = retailerOffers.size();
        int withoutKey = 0;
        for (OfferRef offer : retailerOffers) {
            String key = rule.key(offer);
            if (key == null) {
                withoutKey++;
            } else {
                offersByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(offer);
            }
        }
        this.offersWithoutKey = withoutKey;
    }

    /**
     * @param catalogueOffers the catalogue's offers; only those of {@code retailer} are matched and counted, so the
     *                        whole catalogue may be passed
     */
    public static FeedMatcher forRetailer(String retailer, Collection<OfferRef> catalogueOffers, MatchBy rule) {
        Objects.requireNonNull(retailer, "retailer");
        return new FeedMatcher(retailer,
                catalogueOffers.stream().filter(offer -> offer.retailer().equals(retailer)).toList(),
                Objects.requireNonNull(rule, "rule"));
    }

    @Override
    public void accept(FeedRow row) {
        String key = rule.key(row);
        List<OfferRef> candidates = key == null ? List.of() : offersByKey.getOrDefault(key, List.of());
        if (candidates.isEmpty()) {
            unmatchedRows++;
            return;
        }
        boolean matchedAny = false;
        for (OfferRef offer : candidates) {
            if (matchedBy.putIfAbsent(offer, row.record()) == null) {
                matched.add(new FeedMatches.Match(offer, row));
                matchedAny = true;
            }
        }
        if (!matchedAny) {
            duplicateRows++;
            if (duplicates.size() < FeedReader.PROBLEMS_KEPT) {
                OfferRef offer = candidates.get(0);
                duplicates.add(FeedProblem.of(row.record(), rule.field(), "matches the same offer of product '"
                        + offer.productId() + "' as record " + matchedBy.get(offer) + ", which is used instead"));
            }
        }
    }

    /** What has been matched so far; after {@link FeedReader#read} returns, the whole feed. */
    public FeedMatches matches() {
        return new FeedMatches(retailer, rule, offers, offersWithoutKey, matched, unmatchedRows, duplicateRows,
                duplicates);
    }

    /** Matches rows that are already at hand, e.g. in tests or for a small feed. */
    public static FeedMatches match(String retailer, Collection<OfferRef> catalogueOffers, MatchBy rule,
                                    Iterable<FeedRow> rows) {
        FeedMatcher matcher = forRetailer(retailer, catalogueOffers, rule);
        rows.forEach(matcher);
        return matcher.matches();
    }
}
