package io.inversionpicks.widget;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/** The builder page writes snippets that work when pasted into a blog on another origin. */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetBuilderBrowserTest extends BrowserTestBase {

    private static final String POST = "https://myblog.example/best-inversion-tables";

    /** Chooses beginner tables, two cards, with the keyboard-friendly controls a blogger would use. */
    private static void chooseTwoBeginnerCards(Page page) {
        page.selectOption("#o-beginner", "true");
        page.locator("#o-limit").fill("2");
        page.locator("#o-limit").press("Tab");
        assertThat(page.locator("#snippet-script")).hasValue(java.util.regex.Pattern.compile("limit=\"2\""));
    }

    private static String copied(Page page, String button) {
        page.getByText(button).click();
        assertThat(page.locator("#o-status")).containsText("Copied");
        return (String) page.evaluate("() => navigator.clipboard.readText()");
    }

    @Test
    void pastedSnippetsRenderTheChosenCardsOnABlog() {
        List<String> expected = given().when().get("/products?beginner=true&size=2").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
            page.navigate(base() + "/widget");
            chooseTwoBeginnerCards(page);
            page.locator("#o-post").fill(POST);
            page.locator("#o-post").press("Tab");
            Assertions.assertThat(page.locator("#preview-script .ip-name").allTextContents()).isEqualTo(expected);
            assertAmazonLinksAreDirect(page.locator("#preview-script inversion-picks a.ip-cta"));
            assertAmazonLinksAreDirect(page.frameLocator("#preview-iframe iframe").locator("a.ip-cta"));
            String script = copied(page, "Copy script snippet");
            String iframe = copied(page, "Copy iframe snippet");
            Assertions.assertThat(script.contains("post"))
                    .as("the script form finds its post by itself: " + script)
                    .isFalse();
            Assertions.assertThat(script)
                    .as("the element keeps its space before widget.js arrives, so the post does not shift")
                    .contains("style=\"display:block;min-height:100vh\"");
            watched.assertNothingWentWrong();

            page.navigate(blog.publish("/pasted-script.html", HostileBlog.post(script)));
            Locator widget = page.locator("inversion-picks");
            assertThat(widget).hasAttribute("data-state", "rendered");
            Assertions.assertThat(widget.locator(".ip-name").allTextContents()).isEqualTo(expected);

            page.navigate(blog.publish("/pasted-iframe.html", HostileBlog.post(iframe)));
            assertThat(page.frameLocator("iframe").locator(".ip-name")).hasText(expected.toArray(String[]::new));
            // Clicks in the pasted iframe are attributed to the post the blogger named: on the /go link of a tracked
            // offer, on the ping of a direct (Amazon) one.
            List<Map<String, String>> links = linksIn(page.frameLocator("iframe").locator("a.ip-cta"));
            Assertions.assertThat(links.isEmpty()).isFalse();
            String post = "post=" + URLEncoder.encode(POST, StandardCharsets.UTF_8);
            links.forEach(link -> Assertions.assertThat((link.get("ping") == null ? link.get("href") : link.get("ping"))
                    .endsWith(post))
                    .as(link.toString())
                    .isTrue());
            assertThat(page.locator("iframe")).hasAttribute("style", java.util.regex.Pattern.compile("height: \\d+px"));
            watched.assertNothingWentWrong();
        }
    }

    /** Each link's href and its ping attribute resolved against its page (null without one). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> linksIn(Locator links) {
        return (List<Map<String, String>>) links.evaluateAll("as => as.map(a => ({href: a.href, rel: a.rel, "
                + "ping: a.hasAttribute('ping') ? new URL(a.getAttribute('ping'), a.baseURI).href : null}))");
    }

    /** The builder's previews (script widget and iframe) link to Amazon directly, tagged, with a ping to us. */
    private void assertAmazonLinksAreDirect(Locator links) {
        List<Map<String, String>> amazon = linksIn(links).stream()
                .filter(l -> l.get("href").contains("amazon.")).toList();
        Assertions.assertThat(amazon.isEmpty()).as("the preview shows Amazon links").isFalse();
        for (Map<String, String> link : amazon) {
            Assertions.assertThat(link.get("href").startsWith("https://www.amazon.com/") && link.get("href").contains("tag="))
                    .as(link.toString())
                    .isTrue();
            Assertions.assertThat(link.get("rel")).isEqualTo("sponsored nofollow noopener");
            Assertions.assertThat(link.get("ping") != null && link.get("ping").startsWith(base() + "/clicks/"))
                    .as(link.toString())
                    .isTrue();
        }
    }

    @Test
    void pastedComparisonSnippetRendersTheChosenProducts() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
            page.navigate(base() + "/widget");
            page.locator("input[name=kind][value=compare]").check();
            page.locator("input[name=ids][value=teeter-fitspine-x3]").check();
            page.locator("input[name=ids][value=innova-itx9600]").check();
            assertThat(page.locator("#preview-script inversion-compare")).hasAttribute("data-state", "rendered");
            String script = copied(page, "Copy script snippet");
            // Columns follow the builder's list, which is in catalogue order.
            Assertions.assertThat(script.contains("ids=\"innova-itx9600,teeter-fitspine-x3\"")).as(script).isTrue();

            page.navigate(blog.publish("/pasted-compare.html", HostileBlog.post(script)));
            Locator widget = page.locator("inversion-compare");
            assertThat(widget).hasAttribute("data-state", "rendered");
            assertThat(widget.locator("thead th")).hasText(new String[] {"Feature",
                    "Innova ITX9600 Heavy Duty Inversion Table", "Teeter FitSpine X3 Inversion Table"});
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void builderIsAccessibleAndWorksWithTheKeyboard() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(base() + "/widget");
            assertThat(page.locator("#preview-script inversion-picks")).hasAttribute("data-state", "rendered");
            WidgetPicksBrowserTest.assertNoSeriousViolations(new com.deque.html.axecore.playwright.AxeBuilder(page)
                    .analyze());
            page.locator("input[name=kind][value=picks]").focus();
            page.keyboard().press("ArrowDown");
            Assertions.assertThat(page.locator("input[name=kind][value=compare]").isChecked()).isTrue();
            assertThat(page.locator("#o-status")).hasText("Choose 2 to 4 products to compare.");
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void builderScreenshots() {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (WatchedPage watched = WatchedPage.open(browser, new Browser.NewContextOptions()
                    .setViewportSize(1280, 900).setColorScheme(scheme))) {
                Page page = watched.page();
                page.navigate(base() + "/widget");
                assertThat(page.locator("#preview-script inversion-picks")).hasAttribute("data-state", "rendered");
                watched.screenshot("builder-" + scheme.name().toLowerCase());
            }
        }
    }
}
