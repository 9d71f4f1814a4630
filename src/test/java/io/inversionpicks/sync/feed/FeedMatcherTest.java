package io.inversionpicks.sync.feed;

import io.inversionpicks.catalog.model.Availability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rows find their offers however feeds write URLs, SKUs and GTINs; each offer takes the first row that matches. */
class FeedMatcherTest {

    static final OfferRef PRO_300 = new OfferRef("hangwell-pro-300", "hangwell",
            "https://www.hangwell.example/p/pro-300", "HW-300", "851384006058");
    static final OfferRef BOOTS = new OfferRef("hangwell-boots", "hangwell",
            "https://hangwell.example/p/boots", "HW-050", null);
    static final OfferRef OTHER_SHOP = new OfferRef("hangwell-pro-300", "walmart",
            "https://www.hangwell.example/p/pro-300", "HW-300", "851384006058");
    static final List<OfferRef> CATALOGUE = List.of(PRO_300, BOOTS, OTHER_SHOP);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.hangwell.example/p/pro-300",
            "http://www.hangwell.example/p/pro-300",
            "https://hangwell.example/p/pro-300",
            "https://WWW.Hangwell.EXAMPLE/p/pro-300",
            "https://www.hangwell.example/p/pro-300/",
            "https://www.hangwell.example/p/pro-300#reviews",
            "https://www.hangwell.example/p/pro-300?utm_source=awin&utm_medium=feed&gclid=x&fbclid=y",
            "https://www.hangwell.example:443/p/pro-300?colour=black",
            "  https://www.hangwell.example/p/pro-300  "})
    void aUrlMatchesWhateverSchemeHostCaseTrailingSlashFragmentOrQueryTheFeedAdds(String url) {
        FeedMatches matches = FeedMatcher.match("hangwell", CATALOGUE, MatchBy.URL, List.of(row(1, url, null, null)));

        assertThat(matches.matched()).extracting(FeedMatches.Match::offer).containsExactly(PRO_300);
        assertThat(matches.unmatchedRows()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.hangwell.example/p/PRO-300",
            "https://www.hangwell.example/p/pro-300-xl",
            "https://www.hangwell.example/p",
            "https://shop.hangwell.example/p/pro-300",
            "https://www.hangwell.example:8443/p/pro-300"})
    void aUrlOfAnotherPageOrHostDoesNotMatch(String url) {
        FeedMatches matches = FeedMatcher.match("hangwell", CATALOGUE, MatchBy.URL, List.of(row(1, url, null, null)));

        assertThat(matches.matched()).isEmpty();
        assertThat(matches.unmatchedRows()).isEqualTo(1);
    }

    @Test
    void aSkuMatchesIgnoringCaseAndSpaces() {
        FeedMatches matches = FeedMatcher.match("hangwell", CATALOGUE, MatchBy.SKU,
                List.of(row(1, null, " hw-300 ", null), row(2, null, "HW-3000", null)));

        assertThat(matches.matched()).extracting(m -> m.offer(), m -> m.row().record())
                .containsExactly(tuple(PRO_300, 1L));
        assertThat(matches.unmatchedRows()).isEqualTo(1);
        assertThat(matches.offersWithoutKey()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"851384006058", "0851384006058", "00851384006058"})
    void aGtinMatchesIgnoringLeadingZeros(String gtin) {
        FeedMatches matches = FeedMatcher.match("hangwell", CATALOGUE, MatchBy.GTIN, List.of(row(1, null, null, gtin)));

        assertThat(matches.matched()).extracting(FeedMatches.Match::offer).containsExactly(PRO_300);
        assertThat(matches.offersWithoutKey()).as("the boots have no GTIN in the catalogue").isEqualTo(1);
    }

    @Test
    void aGtinWithOtherDigitsDoesNotMatch() {
        FeedMatches matches = FeedMatcher.match("hangwell", CATALOGUE, MatchBy.GTIN,
                List.of(row(1, null, null, "8513840060580"), row(2, null, null, null)));

        assertThat(matches.matched()).isEmpty();
        assertThat(matches.unmatchedRows()).isEqualTo(2);
    }

    @Test
    void theFirstRowForAnOfferWinsAndLaterOnesAreReported() {
        FeedMatches matches = FeedMatcher.match("hangwell", CATALOGUE, MatchBy.URL, List.of(
                row(1, "https://hangwell.example/p/pro-300", null, null),
                row(2, "https://hangwell.example/p/boots", null, null),
                row(3, "http://www.hangwell.example/p/pro-300/?utm_source=x", null, null),
                row(4, "https://hangwell.example/p/unknown", null, null)));

        assertThat(matches.matched()).extracting(m -> m.offer(), m -> m.row().record())
                .containsExactly(tuple(PRO_300, 1L), tuple(BOOTS, 2L));
        assertThat(matches.duplicateRows()).isEqualTo(1);
        assertThat(matches.duplicates()).containsExactly(new FeedProblem(3, "url",
                "url: matches the same offer of product 'hangwell-pro-300' as record 1, which is used instead"));
        assertThat(matches.unmatchedRows()).isEqualTo(1);
    }

    @Test
    void onlyTheRetailersOwnOffersAreMatchedAndCounted() {
        FeedMatches matches = FeedMatcher.match("walmart", CATALOGUE, MatchBy.SKU, List.of(
                row(1, null, "HW-300", null), row(2, null, "HW-050", null)));

        assertThat(matches.offers()).isEqualTo(1);
        assertThat(matches.matched()).extracting(FeedMatches.Match::offer).containsExactly(OTHER_SHOP);
        assertThat(matches.unmatchedRows()).as("the boots are not a walmart offer").isEqualTo(1);
        assertThat(matches).extracting(FeedMatches::retailer, FeedMatches::rule).containsExactly("walmart", MatchBy.SKU);
    }

    @Test
    void oneRowUpdatesEveryOfferWithItsKey() {
        OfferRef bundle = new OfferRef("hangwell-pro-300-bundle", "hangwell",
                "https://hangwell.example/p/pro-300/", null, null);
        FeedMatches matches = FeedMatcher.match("hangwell", List.of(PRO_300, bundle), MatchBy.URL,
                List.of(row(1, "https://hangwell.example/p/pro-300", null, null)));

        assertThat(matches.matched()).extracting(FeedMatches.Match::offer).containsExactly(PRO_300, bundle);
        assertThat(matches.duplicateRows()).isZero();
    }

    @Test
    void theMatcherIsTheReadersConsumer() {
        FeedMatcher matcher = FeedMatcher.forRetailer("hangwell", CATALOGUE, MatchBy.SKU);

        FeedReport report = FeedReaderFixturesTest.read("hangwell-awin.csv", FeedFormat.CSV,
                FeedReaderFixturesTest.AWIN_CSV, matcher);

        FeedMatches matches = matcher.matches();
        assertThat(matches.matched()).extracting(m -> m.offer().productId())
                .containsExactly("hangwell-pro-300", "hangwell-boots");
        assertThat(matches.unmatchedRows()).isEqualTo(report.rowsAccepted() - 2);
    }

    static FeedRow row(long record, String url, String sku, String gtin) {
        return new FeedRow(record, url, sku, gtin, new BigDecimal("100.00"), "USD", Availability.IN_STOCK, null);
    }
}
