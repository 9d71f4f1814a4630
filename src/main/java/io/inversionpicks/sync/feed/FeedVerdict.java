package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Slugged;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Whether a retailer's new feed data replaces the data from its previous feed. A feed that did not arrive, could not
 * be read, had no usable row, or matched too few of the retailer's catalogue offers is refused and the previous data
 * kept: a broken export or a feed of the wrong shop must not wipe out prices that were right yesterday.
 *
 * @param reason one sentence for operators and logs, e.g. {@code "feed walmart: 3 of 40 offers matched (8 %),
 *               below 50 %: previous data kept"}
 */
public record FeedVerdict(String retailer, Outcome outcome, String reason) {

    /** Half of the retailer's offers: fewer suggests a feed of another shop, or a catalogue out of date. */
    public static final double DEFAULT_MINIMUM_MATCHED_SHARE = 0.5;

    private static final String KEPT = ": previous data kept";

    public enum Outcome implements Slugged {
        ACCEPTED,
        /** No feed arrived. */
        MISSING,
        /** The feed ended in a {@link FeedException}. */
        UNREADABLE,
        /** Not one good row. */
        EMPTY,
        /** The catalogue has no offers of this retailer, so the feed could update nothing. */
        NOTHING_TO_MATCH,
        /** Fewer than the minimum share of the retailer's offers matched. */
        MOSTLY_UNMATCHED
    }

    public FeedVerdict {
        Objects.requireNonNull(retailer, "retailer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean replacesPreviousData() {
        return outcome == Outcome.ACCEPTED;
    }

    public static FeedVerdict missing(String retailer) {
        return new FeedVerdict(retailer, Outcome.MISSING, "feed " + retailer + ": no feed was received" + KEPT);
    }

    public static FeedVerdict unreadable(String retailer, FeedException failure) {
        return new FeedVerdict(retailer, Outcome.UNREADABLE,
                "feed " + retailer + ": could not be read (" + failure.getMessage() + ")" + KEPT);
    }

    /** {@link #judge(FeedReport, FeedMatches, double)} with {@link #DEFAULT_MINIMUM_MATCHED_SHARE}. */
    public static FeedVerdict judge(FeedReport report, FeedMatches matches) {
        return judge(report, matches, DEFAULT_MINIMUM_MATCHED_SHARE);
    }

    /**
     * @param minimumMatchedShare from 0 to 1: the share of the retailer's catalogue offers the feed must match
     */
    public static FeedVerdict judge(FeedReport report, FeedMatches matches, double minimumMatchedShare) {
        if (!(minimumMatchedShare >= 0 && minimumMatchedShare <= 1)) {
            throw new IllegalArgumentException("minimumMatchedShare must be from 0 to 1, not " + minimumMatchedShare);
        }
        String retailer = matches.retailer();
        String feed = "feed " + retailer + ": ";
        if (report.rowsAccepted() == 0) {
            String why = report.rowsRead() == 0 ? "no rows at all"
                    : "none of its " + report.rowsRead() + " rows is usable"
                    + (report.problems().isEmpty() ? "" : " (first problem: " + report.problems().get(0) + ")");
            return new FeedVerdict(retailer, Outcome.EMPTY, feed + why + KEPT);
        }
        if (matches.offers() == 0) {
            return new FeedVerdict(retailer, Outcome.NOTHING_TO_MATCH,
                    feed + "the catalogue has no " + retailer + " offers to match" + KEPT);
        }
        int matched = matches.matchedOffers();
        boolean enough = matched >= minimumMatchedShare * matches.offers();
        String minimum = BigDecimal.valueOf(minimumMatchedShare * 100).stripTrailingZeros().toPlainString() + " %";
        String counted = feed + matched + " of " + matches.offers() + " offers matched ("
                + percent(matched, matches.offers(), enough, minimumMatchedShare) + " %), ";
        if (enough) {
            return new FeedVerdict(retailer, Outcome.ACCEPTED,
                    counted + "at least " + minimum + ": new data replaces the previous data");
        }
        String withoutKey = matches.offersWithoutKey() == 0 ? "" : " (" + matches.offersWithoutKey() + " of them have "
                + "no " + matches.rule().field() + " in the catalogue to match by)";
        return new FeedVerdict(retailer, Outcome.MOSTLY_UNMATCHED, counted + "below " + minimum + withoutKey + KEPT);
    }

    /** Whole percent, rounded; one decimal, cut, when rounding up would make a share below the minimum look equal. */
    private static String percent(int matched, int offers, boolean enough, double minimumShare) {
        BigDecimal exact = BigDecimal.valueOf(matched * 100L).divide(BigDecimal.valueOf(offers), 6, RoundingMode.DOWN);
        BigDecimal whole = exact.setScale(0, RoundingMode.HALF_UP);
        if (!enough && whole.doubleValue() >= minimumShare * 100) {
            return exact.setScale(1, RoundingMode.DOWN).toPlainString();
        }
        return whole.toPlainString();
    }
}
