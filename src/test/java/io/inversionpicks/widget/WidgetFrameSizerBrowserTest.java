package io.inversionpicks.widget;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iframe snippet's script ({@code frame-sizer.js}) gives the iframe the height of its content, follows it as the
 * reader opens the profile form, and takes heights only from the widget's own pages: a height posted by anything
 * else on the blog is ignored. widget.js carries the same code, and one listener serves a page that loads both.
 */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetFrameSizerBrowserTest extends BrowserTestBase {

    private static final String CONTENT_HEIGHT =
            "() => Math.ceil(document.documentElement.getBoundingClientRect().height)";

    private String post(String name, String scripts) {
        return blog.publish("/" + name + ".html", HostileBlog.post("""
                <iframe src="%1$s/widget/picks?form=true&amp;limit=3" title="Recommended inversion equipment"
                        width="100%%" height="900" style="border:0"></iframe>
                %2$s""".formatted(base(), scripts.formatted(base()))));
    }

    @Test
    void theIframeTakesItsContentsHeightAndFollowsIt() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(post("sized", "<script src=\"%s/widget/assets/frame-sizer.js\" async></script>"));
            Frame frame = widgetFrame(page);
            int closed = waitUntilSizedToContent(page, frame); // not the 900 px the snippet gives it

            page.frameLocator("iframe").getByText("Personalise").first().click();
            int open = waitUntilSizedToContent(page, frame);
            assertThat(open).as("the open profile form makes the page taller").isGreaterThan(closed);
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void aHeightPostedByAnythingButTheWidgetsPageIsIgnored() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(post("forged", "<script src=\"%s/widget/assets/frame-sizer.js\" async></script>"));
            int sized = waitUntilSizedToContent(page, widgetFrame(page));

            // Listeners run in the order they were added: once ours has seen the message, the sizer has too.
            page.evaluate("""
                    () => {
                      window.forged = 0;
                      addEventListener('message', e => { if (e.data && e.data.height === 4321) { window.forged++; } });
                      postMessage({ type: 'inversion-picks:height', height: 4321 }, '*');
                    }""");
            page.waitForFunction("() => window.forged === 1");
            assertThat(frameHeight(page)).as("a height from the blog's own window").isEqualTo(sized);

            // The iframe itself, taken to another origin (a link followed inside it), posts a height.
            String elsewhere = blog.publish("/elsewhere.html", """
                    <!DOCTYPE html><title>elsewhere</title>
                    <script>parent.postMessage({ type: 'inversion-picks:height', height: 4321 }, '*');</script>""");
            widgetFrame(page).evaluate("url => { location.href = url; }", elsewhere);
            page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().equals(elsewhere)));
            page.waitForFunction("() => window.forged === 2");
            assertThat(frameHeight(page)).as("a height from another origin in the widget's iframe").isEqualTo(sized);
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void widgetJsAndTheSizerTogetherListenOnce() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            // Counts the blog window's message listeners (the blog page adds none of its own).
            page.addInitScript("""
                    if (window === top) {
                      const add = window.addEventListener;
                      window.messageListeners = 0;
                      window.addEventListener = function (type, listener, options) {
                        if (type === 'message') { window.messageListeners++; }
                        return add.call(this, type, listener, options);
                      };
                    }""");
            page.navigate(post("both", """
                    <script src="%1$s/widget.js" async></script>
                    <script src="%1$s/widget/assets/frame-sizer.js" async></script>
                    <script src="%1$s/widget/assets/frame-sizer.js?v=2" async></script>"""));
            waitUntilSizedToContent(page, widgetFrame(page)); // after the load event: every async script has run
            assertThat(((Number) page.evaluate("() => window.messageListeners")).intValue())
                    .as("message listeners from widget.js and two copies of the sizer").isEqualTo(1);
            watched.assertNothingWentWrong();
        }
    }

    private Frame widgetFrame(Page page) {
        page.frameLocator("iframe").locator(".ip-card").first().waitFor();
        return page.frames().stream().filter(f -> f.url().startsWith(base() + "/widget/")).findFirst().orElseThrow();
    }

    /** Waits until the iframe's height is its content's height, and returns it. */
    private static int waitUntilSizedToContent(Page page, Frame frame) {
        page.waitForCondition(() -> frameHeight(page) == ((Number) frame.evaluate(CONTENT_HEIGHT)).intValue());
        return frameHeight(page);
    }

    private static int frameHeight(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('iframe').getBoundingClientRect().height"))
                .intValue();
    }
}
