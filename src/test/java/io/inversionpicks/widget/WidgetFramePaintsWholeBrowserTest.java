package io.inversionpicks.widget;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import io.inversionpicks.testing.BlogServer.HeldPage;
import io.inversionpicks.testing.DebianChromium;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An iframe page that reaches the reader in pieces (a slow or lossy connection, a busy parser) is painted only once it
 * is whole. Painted half-parsed, the first card filled the row alone and then shrank to half when the second arrived,
 * and the table's columns moved as later rows widened them: a layout shift inside the iframe, which Chrome's field
 * CLS counts against the blog (seen now and then on cold visits in {@link WidgetCoreWebVitalsBrowserTest}).
 * <p>
 * Here the page's second half is held back until the blog page has rendered two frames. The iframe has the blog's
 * origin, so it shares the blog's renderer and its rendering steps: a page that may be painted half-parsed has been by
 * then, which makes the check deterministic, with no waiting on a clock.
 */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetFramePaintsWholeBrowserTest extends BrowserTestBase {

    private static final AtomicInteger PAGES = new AtomicInteger();

    /** In every frame: how much of the page the first rendered frame held, and the page's own layout shifts. */
    private static final String OBSERVE = """
            window.__firstFrameElements = -1;
            window.__shift = 0;
            requestAnimationFrame(() => { window.__firstFrameElements = document.querySelectorAll('main *').length; });
            new PerformanceObserver(list => list.getEntries().forEach(e => { window.__shift += e.value; }))
                .observe({ type: 'layout-shift', buffered: true });
            """;
    private static final String TWO_FRAMES =
            "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))";
    private static final Frame.WaitForFunctionOptions POLL_WITHOUT_FRAMES =
            new Frame.WaitForFunctionOptions().setPollingInterval(10); // the default polls on animation frames

    @ParameterizedTest
    @ValueSource(strings = {
            "/widget/picks?beginner=true&limit=3",
            "/widget/picks?beginner=true&limit=3&form=true",
            "/widget/picks?limit=3&form=true&experience=new",
            "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000"})
    void theIframePageIsFirstPaintedWhole(String path) {
        String html = RestAssured.get(path).then().statusCode(200).extract().asString();
        int n = PAGES.incrementAndGet();
        HeldPage held = blog.publishHeld("/widget-page-" + n + ".html", html, middleOfMain(html));
        String post = blog.publish("/post-" + n + ".html", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Post</title>
                <link rel="icon" href="data:,"></head>
                <body><p>What I would buy today:</p>
                <iframe src="%s" title="Recommended inversion equipment" width="100%%" height="900"></iframe>
                </body></html>""".formatted(held.url()));
        try (held; BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 720))) {
            context.addInitScript(OBSERVE);
            Page page = context.newPage();
            page.navigate(post, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().equals(held.url())));
            Frame frame = page.frames().stream().filter(f -> f.url().equals(held.url())).findFirst().orElseThrow();
            frame.waitForFunction("() => document.querySelector('main')?.childElementCount > 0", null,
                    POLL_WITHOUT_FRAMES);
            page.evaluate(TWO_FRAMES);
            assertThat(frame.evaluate("() => document.readyState")).as("the page's second half is held back")
                    .isEqualTo("loading");

            held.release();
            frame.waitForFunction("() => document.readyState === 'complete'", null, POLL_WITHOUT_FRAMES);
            frame.evaluate(TWO_FRAMES);

            int whole = ((Number) frame.evaluate("() => document.querySelectorAll('main *').length")).intValue();
            assertThat(((Number) frame.evaluate("() => window.__firstFrameElements")).intValue())
                    .as("elements of the widget in the first frame painted, of " + whole).isEqualTo(whole);
            assertThat(((Number) frame.evaluate("() => window.__shift")).doubleValue())
                    .as("layout shift inside the iframe page")
                    .isLessThanOrEqualTo(WidgetCoreWebVitalsBrowserTest.MAX_CLS);
        }
    }

    /** A tag boundary halfway through the page's content, after its first elements. */
    private static int middleOfMain(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertThat(start).as("the page has a <main>").isPositive();
        return html.indexOf('<', (start + end) / 2);
    }
}
