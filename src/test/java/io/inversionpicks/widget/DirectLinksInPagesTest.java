package io.inversionpicks.widget;

import io.inversionpicks.click.ClickProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server-rendered iframe pages, as HTML: every retailer link is an {@code <a>} with the service's rel; Amazon's go
 * straight to www.amazon.com with our tag and carry {@code ping} to this service's click URL with the page's
 * placement and post, which counts the click without any script; other retailers' links are tracked {@code /go} links
 * without ping. (The script-built links are checked in a browser by the *BrowserTest classes.)
 */
@QuarkusTest
class DirectLinksInPagesTest {

    private static final Pattern ANCHOR = Pattern.compile("<a\\s([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final String POST = "https://blog.example.com/reviews/best-tables";

    @Inject
    ClickProbe probe;

    @TestHTTPResource("/")
    URL service;

    private static List<Map<String, String>> retailerLinks(String html) {
        return ANCHOR.matcher(html).results().map(m -> attributes(m.group(1)))
                .filter(a -> a.getOrDefault("class", "").contains("ip-cta")).toList();
    }

    private static Map<String, String> attributes(String tag) {
        Matcher m = ATTRIBUTE.matcher(tag);
        return m.results().collect(Collectors.toMap(r -> r.group(1), r -> r.group(2).replace("&amp;", "&"),
                (a, b) -> a));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/widget/picks?beginner=true&limit=5", "/widget/picks?limit=10",
            "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000"})
    void amazonLinksAreDirectWithTagAndPingAndOthersTracked(String page) {
        String framePath = page + "&post=" + URLEncoder.encode(POST, StandardCharsets.UTF_8);
        String placement = page.startsWith("/widget/compare") ? "compare" : "widget";
        String html = given().urlEncodingEnabled(false).accept("text/html").get(framePath).then().statusCode(200).extract().asString();

        List<Map<String, String>> links = retailerLinks(html);
        List<Map<String, String>> amazon = links.stream().filter(a -> a.get("href").contains("amazon.")).toList();
        assertThat(amazon).as("the page shows Amazon links").isNotEmpty();
        String encodedPost = "&post=" + URLEncoder.encode(POST, StandardCharsets.UTF_8);
        for (Map<String, String> a : links) {
            assertThat(a.get("rel")).isEqualTo("sponsored nofollow noopener");
            URI href = URI.create(a.get("href"));
            if (amazon.contains(a)) {
                assertThat(href.getScheme() + "://" + href.getHost()).isEqualTo("https://www.amazon.com");
                assertThat(href.getRawQuery()).contains("tag=inversionpicks-20");
                // Absolute (HTML wants an http(s) URL in ping), on the origin that served the page.
                URI ping = URI.create(a.get("ping"));
                assertThat(ping.getScheme() + "://" + ping.getRawAuthority() + "/")
                        .isEqualTo(URI.create(service.toString()).resolve("/").toString());
                assertThat(ping.getRawPath() + "?" + ping.getRawQuery()).matches(
                        "/clicks/[a-z0-9-]+/amazon\\?placement=" + placement + Pattern.quote(encodedPost));
                assertThat(a.get("data-ip-ping")).isEqualTo(a.get("ping"));
            } else {
                assertThat(href.getRawPath()).startsWith("/go/");
                assertThat(href.getRawQuery()).contains("placement=" + placement).endsWith(encodedPost);
                assertThat(a).doesNotContainKey("ping");
            }
        }
    }

    /** What a browser without script does: {@code <a ping>} alone, from the iframe page, counts the click. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/widget/picks?beginner=true", "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600"})
    void thePingOfAnIframeLinkCountsItsClickUnderThePost(String page) {
        String post = "https://blog.example.com/ping/" + UUID.randomUUID();
        String framePath = page + "&post=" + URLEncoder.encode(post, StandardCharsets.UTF_8);
        String html = given().urlEncodingEnabled(false).accept("text/html").get(framePath).then().statusCode(200).extract().asString();
        Map<String, String> amazon = retailerLinks(html).stream().filter(a -> a.get("href").contains("amazon."))
                .findFirst().orElseThrow();
        URI ping = URI.create(framePath).resolve(amazon.get("ping"));

        given().urlEncodingEnabled(false).contentType("text/ping").body("PING")
                .header("Ping-From", service + framePath.substring(1)).header("Ping-To", amazon.get("href"))
                .post(ping.getRawPath() + "?" + ping.getRawQuery()).then().statusCode(204);

        assertThat(probe.byPost(post)).singleElement().satisfies(c -> {
            assertThat(c.channel).isEqualTo("ping");
            assertThat(c.retailer).isEqualTo("amazon");
            assertThat(c.placement).isEqualTo(page.startsWith("/widget/compare") ? "compare" : "widget");
        });
    }
}
