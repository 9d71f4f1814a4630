package io.inversionpicks.sync.feed;

import java.util.List;

/**
 * Which catalogue offers of one retailer a feed matched.
 *
 * @param offers           the retailer's catalogue offers
 * @param offersWithoutKey offers that cannot match under this rule (no URL, SKU or GTIN in the catalogue)
 * @param matched          one pair per matched offer, in feed order
 * @param unmatchedRows    good rows that match no offer (the retailer sells more than the catalogue lists)
 * @param duplicateRows    rows that matched only offers an earlier row had matched already; the earlier row counts
 * @param duplicates       the first {@link FeedReader#PROBLEMS_KEPT} of them, saying which row won
 */
public record FeedMatches(String retailer, MatchBy rule, int offers, int offersWithoutKey, List<Match> matched,
                          long unmatchedRows, long duplicateRows, List<FeedProblem> duplicates) {

    /** A catalogue offer and the feed row that updates it. */
    public record Match(OfferRef offer, FeedRow row) {
    }

    public FeedMatches {
        matched = List.copyOf(matched);
        duplicates = List.copyOf(duplicates);
    }

    public int matchedOffers() {
        return matched.size();
    }
}
