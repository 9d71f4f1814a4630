package io.inversionpicks.widget;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import io.inversionpicks.click.ClickProbe;
import io.inversionpicks.click.store.ClickEntity;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader clicks a direct Amazon link, in the script widget and in the iframe page, in Debian Chromium, with
 * www.amazon.com routed to a local stand-in page. The reader lands on Amazon (no redirect through this service), and
 * the click is stored exactly once, whether the browser sends the ping, the script's beacon, or both.
 */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class DirectLinkClickBrowserTest extends BrowserTestBase {

    private static final String AMAZON_STAND_IN = "<!doctype html><title>Amazon stand-in</title><p>Amazon</p>";

    @Inject
    ClickProbe probe;

    /** A report of a click as the browser sent it to /clicks/, once its answer arrived. */
    private record Report(String url, String contentType, int status) {
        boolean isPing() {
            return contentType != null && contentType.startsWith("text/ping");
        }
    }

    /** Routes www.amazon.com to the stand-in and records every finished POST to /clicks/ and every Amazon visit. */
    private static final class Watch {
        final List<Report> reports = new CopyOnWriteArrayList<>();
        final List<String> amazonVisits = new CopyOnWriteArrayList<>();

        Watch(BrowserContext context) {
            context.route("https://www.amazon.com/**", route -> {
                amazonVisits.add(route.request().url());
                route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html")
                        .setBody(AMAZON_STAND_IN));
            });
            context.onRequestFinished(request -> record(request));
        }

        private void record(Request request) {
            if (request.method().equals("POST") && request.url().contains("/clicks/")) {
                Map<String, String> headers = request.allHeaders();
                var response = request.response();
                reports.add(new Report(request.url(), headers.get("content-type"),
                        response == null ? 0 : response.status()));
            }
        }
    }

    private String uniquePost(String name) {
        return blog.origin() + "/" + name + "-" + UUID.randomUUID() + ".html";
    }

    private String scriptWidgetPost() {
        String post = uniquePost("script");
        blog.publish(post.substring(blog.origin().length()), HostileBlog.post("""
                <inversion-picks beginner="true" limit="3"></inversion-picks>
                <script src="%1$s/widget.js" async></script>
                """.formatted(base())));
        return post;
    }

    private String iframePost(String post) {
        blog.publish(post.substring(blog.origin().length()), HostileBlog.post("""
                <iframe src="%1$s/widget/picks?beginner=true&limit=3&post=%2$s" title="Recommended inversion equipment"
                        width="100%%" height="900" style="border:0"></iframe>
                """.formatted(base(), URLEncoder.encode(post, StandardCharsets.UTF_8))));
        return post;
    }

    /** Clicks the first Amazon link and waits (with a deadline) until the reader is on Amazon and both reports are in. */
    private static void clickAmazon(Page page, Locator widget, Watch watch, int reports) {
        Locator amazon = widget.locator("a[href^='https://www.amazon.com/']").first();
        assertThat(amazon).hasAttribute("rel", "sponsored nofollow noopener");
        Page shop = page.waitForPopup(amazon::click);
        shop.waitForLoadState();
        assertThat(shop).hasTitle("Amazon stand-in");
        page.waitForCondition(() -> watch.reports.size() >= reports,
                new Page.WaitForConditionOptions().setTimeout(15_000));
    }

    private static void assertOneClick(List<ClickEntity> stored, String placement) {
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.retailer).isEqualTo("amazon");
            assertThat(c.placement).isEqualTo(placement);
            assertThat(c.clickId).isNotNull();
            assertThat(c.channel).isIn("ping", "beacon");
            // Headless Chromium says so in its user agent, which is on the crawler list: counted, flagged as a bot.
        });
    }

    @Test
    void aClickInTheScriptWidgetGoesStraightToAmazonAndIsStoredOnceThoughPingAndBeaconBothArrive() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            Watch watch = new Watch(page.context());
            String post = scriptWidgetPost();
            page.navigate(post);
            Locator widget = page.locator("inversion-picks");
            assertThat(widget).hasAttribute("data-state", "rendered");

            clickAmazon(page, widget, watch, 2);

            assertThat(watch.amazonVisits).singleElement().satisfies(url -> assertThat(url).contains("tag="));
            assertThat(watch.reports).extracting(Report::isPing).containsExactlyInAnyOrder(true, false);
            assertThat(watch.reports).extracting(Report::status).containsOnly(204);
            assertThat(watch.reports.get(0).url()).isEqualTo(watch.reports.get(1).url()).contains("&click=");
            assertOneClick(probe.byPost(WidgetPicksBrowserTest.storedAs(post)), "widget");
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void aClickInTheIframePageIsStoredOnceUnderTheBlogPost() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            Watch watch = new Watch(page.context());
            String post = iframePost(uniquePost("iframe"));
            page.navigate(post);
            Locator frame = page.frameLocator("iframe").locator("body");
            frame.locator(".ip-card").first().waitFor();

            clickAmazon(page, frame, watch, 2);

            assertThat(watch.reports).extracting(Report::isPing).containsExactlyInAnyOrder(true, false);
            assertOneClick(probe.byPost(WidgetPicksBrowserTest.storedAs(post)), "widget");
            watched.assertNothingWentWrong();
        }
    }

    /** As in a browser that ignores ping (Firefox): the beacon alone counts the click. */
    @Test
    void theBeaconAloneCountsTheClick() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            Watch watch = new Watch(page.context());
            page.context().route("**/clicks/**", route -> {
                if ("text/ping".equals(route.request().headerValue("content-type"))) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            String post = scriptWidgetPost();
            page.navigate(post);
            Locator widget = page.locator("inversion-picks");
            assertThat(widget).hasAttribute("data-state", "rendered");

            clickAmazon(page, widget, watch, 1);

            assertThat(watch.reports).extracting(Report::isPing).containsExactly(false);
            assertOneClick(probe.byPost(WidgetPicksBrowserTest.storedAs(post)), "widget");
        }
    }

    /** Without JavaScript, the iframe page's ping attribute alone counts the click. */
    @Test
    void withoutScriptThePingAloneCountsTheClick() {
        try (WatchedPage watched = WatchedPage.open(browser, new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(1080, 900))) {
            Page page = watched.page();
            Watch watch = new Watch(page.context());
            String post = uniquePost("noscript");
            page.navigate(base() + "/widget/picks?beginner=true&limit=3&post="
                    + URLEncoder.encode(post, StandardCharsets.UTF_8));

            clickAmazon(page, page.locator("body"), watch, 1);

            assertThat(watch.reports).extracting(Report::isPing).containsExactly(true);
            List<ClickEntity> stored = probe.byPost(WidgetPicksBrowserTest.storedAs(post));
            assertThat(stored).singleElement().satisfies(c -> {
                assertThat(c.channel).isEqualTo("ping");
                assertThat(c.clickId).isNull();
            });
        }
    }
}
