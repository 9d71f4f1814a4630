package io.inversionpicks.catalog.link;

import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.testing.ForeignAffiliateUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Offer URLs are read the way the most lenient server could read them; any other party's parameter is refused. */
class OfferUrlsTest {

    private static final TrackingParameters FORBIDDEN = TrackingParameters.withTagsOf(List.of(
            new AffiliateProgramme("amazon-associates", "Amazon Associates", "tag", "inversionpicks-20"),
            new AffiliateProgramme("walmart-affiliates", "Walmart Affiliates", "affid", "inversionpicks"),
            new AffiliateProgramme("own-shop", "Own Shop", "PartnerCode", "inversionpicks")));

    static Stream<ForeignAffiliateUrls.Case> foreign() {
        return Stream.concat(ForeignAffiliateUrls.all().stream(), ForeignAffiliateUrls.amazonPaths().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreign")
    void everySpellingOfAnotherPartysParameterIsRefused(ForeignAffiliateUrls.Case foreign) {
        CheckedOfferUrl checked = OfferUrls.check(foreign.url(), FORBIDDEN);

        assertThat(checked).isInstanceOfSatisfying(CheckedOfferUrl.Refused.class,
                refused -> assertThat(refused.reason()).contains(foreign.expected()));
    }

    @Test
    void theRefusalQuotesTheParameterAsWrittenAndSaysWhoseItIs() {
        CheckedOfferUrl checked = OfferUrls.check("https://www.amazon.com/dp/B00J6PK1V6?t%61g=someone-else-20",
                FORBIDDEN);

        assertThat(((CheckedOfferUrl.Refused) checked).reason()).isEqualTo("would pass on another party's affiliate "
                + "or tracking parameter: 't%61g=someone-else-20' in the query is 'tag' (Amazon Associates tracking "
                + "id). Remove it: readers' links get this service's own tag, and another one could take the "
                + "commission");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"partnercode=x", "Partner%43ode=x", "PARTNERCODE=x"})
    void anyProgrammesOwnTagParameterIsRefusedToo(String query) {
        CheckedOfferUrl checked = OfferUrls.check("https://www.walmart.com/ip/123?" + query, FORBIDDEN);

        assertThat(checked).isInstanceOfSatisfying(CheckedOfferUrl.Refused.class, refused -> assertThat(
                refused.reason()).contains("is 'partnercode' (tag parameter of affiliate programme 'own-shop')"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.amazon.com/dp/B00J6PK1V6                       | https://www.amazon.com/dp/B00J6PK1V6?tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6/                      | https://www.amazon.com/dp/B00J6PK1V6/?tag=inversionpicks-20
            https://www.amazon.com/Innova-ITX9600/dp/B00J6PK1V6        | https://www.amazon.com/Innova-ITX9600/dp/B00J6PK1V6?tag=inversionpicks-20
            https://www.amazon.com/gp/product/B00J6PK1V6               | https://www.amazon.com/gp/product/B00J6PK1V6?tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6?th=1&psc=1            | https://www.amazon.com/dp/B00J6PK1V6?th=1&psc=1&tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6?&th=1&&               | https://www.amazon.com/dp/B00J6PK1V6?th=1&tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6?q=tag&stage=1&tags=2  | https://www.amazon.com/dp/B00J6PK1V6?q=tag&stage=1&tags=2&tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6?k=inversion+table     | https://www.amazon.com/dp/B00J6PK1V6?k=inversion+table&tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6?coupon=100%25off      | https://www.amazon.com/dp/B00J6PK1V6?coupon=100%25off&tag=inversionpicks-20
            https://www.amazon.com/dp/B00J6PK1V6#customerReviews       | https://www.amazon.com/dp/B00J6PK1V6?tag=inversionpicks-20#customerReviews
            https://www.walmart.com/ip/Tag-Along-Table/123?selected=1  | https://www.walmart.com/ip/Tag-Along-Table/123?selected=1&tag=inversionpicks-20
            https://teeter.com/shop/tag/ep-560/                        | https://teeter.com/shop/tag/ep-560/?tag=inversionpicks-20
            """)
    void aCleanUrlKeepsEverythingAndGetsExactlyOneTag(String url, String tagged) {
        CheckedOfferUrl checked = OfferUrls.check(url, FORBIDDEN);

        assertThat(checked).isInstanceOfSatisfying(CheckedOfferUrl.Taggable.class,
                taggable -> assertThat(taggable.withTag("tag", "inversionpicks-20")).isEqualTo(tagged));
    }

    @Test
    void nonAsciiTextIsSentPercentEncoded() {
        CheckedOfferUrl checked = OfferUrls.check("https://www.walmart.com/ip/Café-Table/123?färg=röd", FORBIDDEN);

        assertThat(((CheckedOfferUrl.Taggable) checked).withTag("affid", "inversionpicks")).isEqualTo(
                "https://www.walmart.com/ip/Caf%C3%A9-Table/123?f%C3%A4rg=r%C3%B6d&affid=inversionpicks");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.amazon.com/dp/B00J 6PK1V6 | not a valid URL
            /dp/B00J6PK1V6                        | not an absolute URL with a host
            mailto:someone@example.com            | not an absolute URL with a host
            """)
    void aUrlThatCannotBeReadIsRefused(String url, String reason) {
        assertThat(OfferUrls.check(url, FORBIDDEN)).isInstanceOfSatisfying(CheckedOfferUrl.Refused.class,
                refused -> assertThat(refused.reason()).startsWith(reason));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            t%61g          | tag
            %2574ag        | %74ag
            a+b            | a b
            100%           | 100%
            %zz%4          | %zz%4
            %C3%A4         | ä
            %E2%82%AC      | €
            %٣٤            | %٣٤
            """)
    void onePassDecodesEscapesAndPlusAndLeavesMalformedOnesAlone(String raw, String once) {
        assertThat(PercentDecoding.once(raw)).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tag                       | tag
            ' TaG '                   | tag
            %2574%2561%2567           | tag
            ｔａｇ                    | tag
            t\u200Bag                 | tag
            tag[]                     | tag
            utm.source                | utm_source
            utm%20source              | utm_source
            """)
    void namesAreComparedInCanonicalForm(String name, String canonical) {
        assertThat(TrackingParameters.canonical(name.replace("\\u200B", "\u200B"))).isEqualTo(canonical);
    }
}
