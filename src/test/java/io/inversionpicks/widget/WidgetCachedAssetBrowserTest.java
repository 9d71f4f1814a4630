package io.inversionpicks.widget;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A blog whose theme links widget.css itself: the browser caches it from that plain {@code <link>} request (no
 * {@code Origin}), then widget.js fetches the same URL cross-origin and gets the cached copy, which must let it read
 * the stylesheet.
 */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetCachedAssetBrowserTest extends BrowserTestBase {

    @Test
    void theWidgetRendersWhenItsStylesheetWasCachedFromALinkFirst() {
        // The stylesheet is loaded first: a script after a pending stylesheet runs only once the stylesheet is in.
        String post = blog.publish("/theme-links-the-css.html", HostileBlog.post("""
                <link rel="stylesheet" href="%1$s/widget/assets/widget.css">
                <inversion-picks beginner="true" limit="3"></inversion-picks>
                <script src="%1$s/widget.js"></script>
                """.formatted(base())));
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(post);
            Locator widget = page.locator("inversion-picks");
            assertThat(widget).hasAttribute("data-state", "rendered");
            assertThat(widget).not().containsText("could not load");
            assertThat(widget.locator(".ip-card")).hasCount(3);
            watched.assertNothingWentWrong();
        }
    }
}
