package io.inversionpicks.widget;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.inversionpicks.testing.BlogServer;
import io.inversionpicks.testing.WatchedPage;
import io.quarkiverse.playwright.InjectPlaywright;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What every widget browser test has: Debian Chromium (from {@code @WithTestResource(DebianChromium.class)} on the
 * test class), the service's URL, and a blog on another origin to embed the widget in.
 */
abstract class BrowserTestBase {

    /** The three looks every widget kind is photographed in. */
    private static final Map<String, Browser.NewContextOptions> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("light", new Browser.NewContextOptions().setViewportSize(1080, 900));
        SCREENS.put("dark", new Browser.NewContextOptions().setViewportSize(1080, 900)
                .setColorScheme(ColorScheme.DARK));
        SCREENS.put("phone", new Browser.NewContextOptions().setViewportSize(320, 700));
    }

    static BlogServer blog;

    @InjectPlaywright
    Browser browser;

    @TestHTTPResource("/")
    URL service;

    @BeforeAll
    static void startBlog() {
        blog = BlogServer.start();
    }

    @AfterAll
    static void stopBlog() {
        blog.close();
    }

    String base() {
        return service.toString().replaceAll("/$", "");
    }

    WatchedPage open() {
        return WatchedPage.open(browser);
    }

    /**
     * Saves target/screenshots/{kind}-script-{look}.png (the custom element on the blog page) and
     * {kind}-iframe-{look}.png (the iframe page on its own), for light, dark and phone width.
     */
    void screenshots(String kind, String blogPage, Function<Page, Locator> scriptWidget, String iframePath) {
        SCREENS.forEach((look, options) -> {
            try (WatchedPage watched = WatchedPage.open(browser, options)) {
                Page page = watched.page();
                page.navigate(blogPage);
                scriptWidget.apply(page).screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", kind + "-script-" + look + ".png")));
                page.navigate(base() + iframePath);
                watched.screenshot(kind + "-iframe-" + look);
                watched.assertNothingWentWrong();
            }
        });
    }
}
