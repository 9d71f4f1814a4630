package io.inversionpicks.testing;

import java.util.List;

/**
 * Offer URLs that would hand another party's affiliate or tracking parameter to readers, each spelt or encoded the way
 * someone might slip it past a check, with the parameter it must be read as. All are variations of the test product's
 * Amazon URL ({@link #PRODUCT_PAGE}), so each is one edit away from a valid catalogue. Shared by the normaliser's unit
 * test, the loader test and the HTTP test.
 */
public final class ForeignAffiliateUrls {

    public static final String PRODUCT_PAGE = "https://www.amazon.com/dp/B000TEST01";

    /**
     * @param url      the whole offer URL
     * @param expected what the refusal must say, e.g. {@code is 'tag'} for the parameter it was read as
     */
    public record Case(String name, String url, String expected) {
        @Override
        public String toString() {
            return name + ": " + url;
        }
    }

    private ForeignAffiliateUrls() {
    }

    public static List<Case> all() {
        return List.of(
                query("plain", "tag=someone-else-20", "tag"),
                query("one letter percent-encoded (the reported case)", "t%61g=someone-else-20", "tag"),
                query("every letter percent-encoded", "%74%61%67=someone-else-20", "tag"),
                query("lower-case hex", "%74%61%67=someone-else-20".toLowerCase(), "tag"),
                query("upper case", "TAG=someone-else-20", "tag"),
                query("mixed case", "Tag=someone-else-20", "tag"),
                query("double encoding", "%2574ag=someone-else-20", "tag"),
                query("triple encoding", "%252574ag=someone-else-20", "tag"),
                new Case("encoded nine times over", PRODUCT_PAGE + "?%" + "25".repeat(8) + "74ag=someone-else-20",
                        "percent-encoded more than 8 times over"),
                query("after a harmless parameter", "th=1&t%61g=someone-else-20", "tag"),
                query("second of two tags, the first one ours", "tag=inversionpicks-20&tag=someone-else-20", "tag"),
                query("separated by a semicolon", "th=1;tag=someone-else-20", "tag"),
                query("HTML-escaped ampersand", "th=1&amp;tag=someone-else-20", "tag"),
                query("encoded ampersand in a value", "th=1%26tag%3Dsomeone-else-20", "tag"),
                query("double-encoded ampersand in a value", "th=1%2526tag%253Dsomeone-else-20", "tag"),
                query("trailing plus (form-encoded space)", "tag+=someone-else-20", "tag"),
                query("leading encoded space", "%20tag=someone-else-20", "tag"),
                query("encoded tab", "tag%09=someone-else-20", "tag"),
                query("array syntax", "tag[]=someone-else-20", "tag"),
                query("encoded array syntax", "tag%5B0%5D=someone-else-20", "tag"),
                query("full-width letters", "%EF%BD%94%EF%BD%81%EF%BD%87=someone-else-20", "tag"),
                query("zero-width space inside", "ta%E2%80%8Bg=someone-else-20", "tag"),
                query("no value", "tag", "tag"),
                query("nested URL in a value",
                        "u=https%3A%2F%2Fwww.amazon.com%2Fdp%2FB000TEST01%3Ftag%3Dsomeone-else-20", "tag"),
                query("Amazon sub-tag", "ascsubtag=someone-else", "ascsubtag"),
                query("Amazon link code", "linkCode=ll1", "linkcode"),
                query("Amazon link id", "linkId=0123456789abcdef", "linkid"),
                query("Amazon ref_", "ref_=as_li_ss_tl", "ref_"),
                query("ref", "ref=someone-else", "ref"),
                query("Amazon camp", "camp=1789", "camp"),
                query("Amazon creative", "creative=9325", "creative"),
                query("Amazon creativeASIN", "creativeASIN=B000TEST01", "creativeasin"),
                query("Impact click id", "irclickid=abc", "irclickid"),
                query("generic click id", "clickid=abc", "clickid"),
                query("CJ event", "cjevent=abc", "cjevent"),
                query("Awin click", "awc=1234_5678", "awc"),
                query("Rakuten advertiser", "ranMID=123", "ranmid"),
                query("Rakuten affiliate", "ranEAID=abc", "raneaid"),
                query("Rakuten site", "ranSiteID=abc-def", "ransiteid"),
                query("ShareASale click", "sscid=abc", "sscid"),
                query("Google Ads click", "gclid=abc", "gclid"),
                query("Meta click", "fbclid=abc", "fbclid"),
                query("UTM source", "utm_source=someone-else", "utm_source"),
                query("UTM with a dot (PHP reads utm_campaign)", "utm.campaign=x", "utm_campaign"),
                query("another programme's tag parameter", "avad=12345", "avad"),
                url("in the fragment", PRODUCT_PAGE + "#tag=someone-else-20", "tag"),
                url("encoded in the fragment", PRODUCT_PAGE + "#t%61g=someone-else-20", "tag"),
                url("path parameter", PRODUCT_PAGE + ";tag=someone-else-20", "tag"),
                url("Amazon ref path segment", PRODUCT_PAGE + "/ref=as_li_ss_tl", "ref"),
                url("encoded path segment", PRODUCT_PAGE + "/t%61g%3Dsomeone-else-20", "tag"));
    }

    /** Amazon URLs whose path, not a parameter, can carry an associate's tag: not a plain product page. */
    public static List<Case> amazonPaths() {
        return List.of(
                amazonPath("tag after the ASIN", PRODUCT_PAGE + "/someone-else-20", "/dp/<ASIN> with nothing after"),
                amazonPath("old associate link", "https://www.amazon.com/exec/obidos/ASIN/B000TEST01/someone-else-20",
                        "write https://www.amazon.com/dp/B000TEST01"),
                amazonPath("old short associate link", "https://www.amazon.com/o/ASIN/B000TEST01/someone-else-20",
                        "write https://www.amazon.com/dp/B000TEST01"),
                amazonPath("not a product page", "https://www.amazon.com/gp/redirect.html", "short links"));
    }

    private static Case query(String name, String query, String readAs) {
        return url(name, PRODUCT_PAGE + "?" + query, readAs);
    }

    private static Case url(String name, String url, String readAs) {
        return new Case(name, url, "is '" + readAs + "' (");
    }

    private static Case amazonPath(String name, String url, String expected) {
        return new Case(name, url, expected);
    }
}
