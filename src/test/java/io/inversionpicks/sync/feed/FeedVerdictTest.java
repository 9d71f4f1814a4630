package io.inversionpicks.sync.feed;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static io.inversionpicks.sync.feed.FeedVerdict.Outcome.ACCEPTED;
import static io.inversionpicks.sync.feed.FeedVerdict.Outcome.EMPTY;
import static io.inversionpicks.sync.feed.FeedVerdict.Outcome.MISSING;
import static io.inversionpicks.sync.feed.FeedVerdict.Outcome.MOSTLY_UNMATCHED;
import static io.inversionpicks.sync.feed.FeedVerdict.Outcome.NOTHING_TO_MATCH;
import static io.inversionpicks.sync.feed.FeedVerdict.Outcome.UNREADABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** New feed data replaces the old only when it arrived, was readable, had rows and matched enough offers. */
class FeedVerdictTest {

    static final FeedReport GOOD_REPORT = new FeedReport(FeedFormat.CSV, 120, 118, 2, List.of());

    @Test
    void aMissingFeedKeepsThePreviousData() {
        FeedVerdict verdict = FeedVerdict.missing("walmart");

        assertThat(verdict).isEqualTo(new FeedVerdict("walmart", MISSING,
                "feed walmart: no feed was received: previous data kept"));
        assertThat(verdict.replacesPreviousData()).isFalse();
    }

    @Test
    void anUnreadableFeedKeepsThePreviousDataAndSaysWhy() {
        FeedVerdict verdict = FeedVerdict.unreadable("walmart",
                new FeedException(FeedFormat.XML, "the feed ends too early", 12, 3, null));

        assertThat(verdict.outcome()).isEqualTo(UNREADABLE);
        assertThat(verdict.reason()).isEqualTo("feed walmart: could not be read (XML feed, line 12, column 3: the "
                + "feed ends too early): previous data kept");
        assertThat(verdict.replacesPreviousData()).isFalse();
    }

    @Test
    void aFeedWithoutRowsKeepsThePreviousData() {
        FeedVerdict verdict = FeedVerdict.judge(new FeedReport(FeedFormat.CSV, 0, 0, 0, List.of()), matches(0, 40));

        assertThat(verdict).isEqualTo(new FeedVerdict("walmart", EMPTY,
                "feed walmart: no rows at all: previous data kept"));
    }

    @Test
    void aFeedOfOnlyBadRowsKeepsThePreviousDataAndShowsTheFirstProblem() {
        FeedReport allBad = new FeedReport(FeedFormat.CSV, 12, 0, 12,
                List.of(new FeedProblem(1, "price", "price: 'abc' is not a price")));

        FeedVerdict verdict = FeedVerdict.judge(allBad, matches(0, 40));

        assertThat(verdict).isEqualTo(new FeedVerdict("walmart", EMPTY, "feed walmart: none of its 12 rows is usable "
                + "(first problem: record 1, price: 'abc' is not a price): previous data kept"));
    }

    @Test
    void aMostlyUnmatchedFeedKeepsThePreviousData() {
        FeedVerdict verdict = FeedVerdict.judge(GOOD_REPORT, matches(3, 40));

        assertThat(verdict).isEqualTo(new FeedVerdict("walmart", MOSTLY_UNMATCHED,
                "feed walmart: 3 of 40 offers matched (8 %), below 50 %: previous data kept"));
        assertThat(verdict.replacesPreviousData()).isFalse();
    }

    @Test
    void aShareJustBelowTheMinimumIsNotRoundedUpToIt() {
        FeedVerdict verdict = FeedVerdict.judge(GOOD_REPORT, matches(199, 400));

        assertThat(verdict.outcome()).isEqualTo(MOSTLY_UNMATCHED);
        assertThat(verdict.reason()).contains("199 of 400 offers matched (49.7 %), below 50 %");
    }

    @Test
    void offersTheRuleCannotMatchAreNamedInTheReason() {
        FeedMatches matches = new FeedMatches("walmart", MatchBy.GTIN, 40, 30, matched(5), 100, 0, List.of());

        assertThat(FeedVerdict.judge(GOOD_REPORT, matches).reason()).isEqualTo("feed walmart: 5 of 40 offers matched "
                + "(13 %), below 50 % (30 of them have no gtin in the catalogue to match by): previous data kept");
    }

    @Test
    void aFeedMatchingTheMinimumShareReplacesThePreviousData() {
        FeedVerdict verdict = FeedVerdict.judge(GOOD_REPORT, matches(20, 40));

        assertThat(verdict).isEqualTo(new FeedVerdict("walmart", ACCEPTED,
                "feed walmart: 20 of 40 offers matched (50 %), at least 50 %: new data replaces the previous data"));
        assertThat(verdict.replacesPreviousData()).isTrue();
    }

    @Test
    void theMinimumShareCanBeSet() {
        assertThat(FeedVerdict.judge(GOOD_REPORT, matches(30, 40), 0.8).outcome()).isEqualTo(MOSTLY_UNMATCHED);
        assertThat(FeedVerdict.judge(GOOD_REPORT, matches(32, 40), 0.8).reason())
                .isEqualTo("feed walmart: 32 of 40 offers matched (80 %), at least 80 %: new data replaces the "
                        + "previous data");
        assertThat(FeedVerdict.judge(GOOD_REPORT, matches(1, 40), 0.025).outcome()).isEqualTo(ACCEPTED);
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> FeedVerdict.judge(GOOD_REPORT, matches(1, 40), 50))).hasMessageContaining("from 0 to 1");
    }

    @Test
    void aRetailerWithoutCatalogueOffersHasNothingToUpdate() {
        FeedVerdict verdict = FeedVerdict.judge(GOOD_REPORT, matches(0, 0));

        assertThat(verdict).isEqualTo(new FeedVerdict("walmart", NOTHING_TO_MATCH,
                "feed walmart: the catalogue has no walmart offers to match: previous data kept"));
    }

    static FeedMatches matches(int matched, int offers) {
        return new FeedMatches("walmart", MatchBy.URL, offers, 0, matched(matched), 0, 0, List.of());
    }

    static List<FeedMatches.Match> matched(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(n -> new FeedMatches.Match(
                new OfferRef("product-" + n, "walmart", "https://walmart.example/ip/" + n, null, null),
                FeedMatcherTest.row(n, "https://walmart.example/ip/" + n, null, null))).toList();
    }
}
